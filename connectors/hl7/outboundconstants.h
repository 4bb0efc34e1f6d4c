#pragma once

// Every persisted identifier of the HL7 outbound side, defined once.
namespace Ambulo::Hl7::OutboundConstants {

inline constexpr char Component[] = "hl7-outbound";

// hl7_outbound.state
inline constexpr char StatePending[] = "pending";     // waiting to be sent (or to be retried)
inline constexpr char StateSent[] = "sent";           // written to the peer, no ACK yet
inline constexpr char StateAcked[] = "acked";         // AA/CA received
inline constexpr char StateParked[] = "parked";       // AE/CE: waits for a person
inline constexpr char StateDiscarded[] = "discarded"; // a person gave up on it

inline constexpr char SendingApplication[] = "AMBULO";
inline constexpr char HL7Version[] = "2.5.1";
inline constexpr char ProcessingId[] = "P";
inline constexpr int DefaultAckTimeoutMs = 10000;

// Audit actions.
namespace Audit {
inline constexpr char InterfaceAdd[] = "hl7.interface.add";
inline constexpr char InterfaceUpdate[] = "hl7.interface.update";
inline constexpr char InterfaceRemove[] = "hl7.interface.remove";
inline constexpr char MessageRead[] = "hl7.message.read";
inline constexpr char MessageResend[] = "hl7.message.resend";
inline constexpr char MessageDiscard[] = "hl7.message.discard";
} // namespace Audit

} // namespace Ambulo::Hl7::OutboundConstants
