<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Ambulo::App</name>
    <message>
        <source>Unknown option &apos;%1&apos;. The workstation takes --data DIR, --key-file FILE and --user NAME; see &apos;ambulo help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulo cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Ambulo store in %1.

Create one with &apos;ambulo init --practice NAME --admin USER&apos;, or start Ambulo with --data pointing to the practice&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the practice store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store in %1 could not be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::AddNumberDialog</name>
    <message>
        <source>Add a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number another system knows %1 by. Its messages under this number will reach this chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HOSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is already on record %3. If both records are this person, a practice admin can merge them; otherwise check the number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::BreakGlassDialog</name>
    <message>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is restricted. Opening it is recorded and reviewed by the practice&apos;s privacy officer.

Why do you need this record? (at least %2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::AuditLogModel</name>
    <message>
        <source>⚑ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for review by the privacy officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::AuditLogWidget</name>
    <message>
        <source>any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any action, or a prefix such as patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient MRN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 entries; narrow the filter to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact (%n entries).</source>
        <translation>
            <numerusform>The audit chain is intact (%n entry).</numerusform>
            <numerusform>The audit chain is intact (%n entries).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries.</source>
        <translation>
            <numerusform>Exported %n entry.</numerusform>
            <numerusform>Exported %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::ConflictWidget</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clashing fields take this workstation&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clashing fields take the server&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed on one side only merge by themselves; these were changed on both sides. Choose which values to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling the conflict with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled: this workstation&apos;s values are on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled: the server&apos;s values are kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not settled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is restricted: give a reason to see its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict is about a restricted record. Its values are shown once you give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the fault is mended on the server, the next sync round sends the chosen record as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes to the server again with the next sync round.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::InterfaceDialog</name>
    <message>
        <source>New outbound interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HOSP (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or address of the receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: every message Ambulo makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every workstation&apos;s (this one is the practice&apos;s interface workstation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s only (every workstation has this interface)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: changes are still queued, and sent once it is on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending facility (MSH-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving application (MSH-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving facility (MSH-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the changes of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::InterfaceMonitorModel</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends what is changed on this workstation. Changes made on other workstations and pulled from the FHIR server are left to theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends every change, also those made on other workstations and pulled from the FHIR server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every workstation&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::InterfaceMonitorWidget</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the message; the access is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a parked message and choose Show text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked messages of the selected interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outbound interface is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interface(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 is queued again in its original place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is discarded; it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not heard from since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface %1 added: it sends the changes made from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove interface %1? Its %n undelivered message(s) are deleted and never sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove interface %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::NameMatchesWidget</name>
    <message>
        <source>Registrations from other systems that were taken to be a record here by name and birth date. Compare each, then confirm it or undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match was right: it leaves this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo the match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name matches are waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) waiting for review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3, now %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match changed nothing in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the match → from %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: %1 is the person %2 registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::ParkedMessagesModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::PatientSummaryWidget</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tertiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient selected. Press Ctrl+K to find one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home: %1
Mobile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insurance on file (self-pay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, member %3, group %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a number off this record when it was given to the wrong person (practice admins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to take off %1&apos;s record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 off %2&apos;s record?

Messages from %3 under this number will no longer reach this chart; the next one may make a new record. The removal is audited and sent to the FHIR server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in a number a hospital or lab knows this patient by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — matched by name, not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::PracticeSettingsWidget</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;PI (organization):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match by name and &amp;birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an HL7 registration names none of this practice&apos;s patients by number, the one record with the same name and birth date, and no other number from that system, gets the numbers (a walk-in registered here first). Each such match is flagged in the audit log for review. Off: such a registration always makes a new record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HL7 registrations:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::SyncSettingsWidget</name>
    <message>
        <source>https://ehr.example.org/fhir/R4 (empty: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, full path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Sync starts now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Sync is off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Internal::UsersWidget</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::LockScreen</name>
    <message>
        <source>This workstation is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::LoginDialog</name>
    <message>
        <source>Sign in to Ambulo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::MainWindow</name>
    <message>
        <source>Press %1 to find a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Ambulo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge a duplicate into this patient…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::MergePatientDialog</name>
    <message>
        <source>born %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a duplicate record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the other record of this person. Its visits, appointments, results and numbers move to the record kept, and its MRN leads there from now on. Only merge records you are sure are one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, birth date, phone or MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. registered twice, same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 (%2, %3, born %4) into %5 (%6)?

This is recorded in the audit log, sent to the practice&apos;s other systems, and is not undone here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::OutboundBuilders</name>
    <message>
        <source>Waiting for the FHIR server to take patient %1: a first sync can still change a new patient&apos;s MRN, and the receiver knows patients by it. The messages go after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::PatientBanner</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years · %2 · born %3 · MRN %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::PatientSearchDialog</name>
    <message>
        <source>Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, MRN, date of birth or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least %1 characters: name, MRN, date of birth or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More matches — keep typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation>
            <numerusform>%n patient found.</numerusform>
            <numerusform>%n patients found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::PatientText</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — born %2 · %3 · MRN %4 · restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — born %2 · %3 · MRN %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••-••-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver&apos;s license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on %2, was taken to be %3 by name and birth date, and gave the record %4.

Undo that match? Its numbers come off the record, and what it changed in the record is put back unless changed again since. The sender&apos;s messages under these numbers will no longer reach this chart, nor be matched to it by name again. The undo is audited and sent to the FHIR server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match is undone. Nothing it changed needed putting back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match is undone. Put back: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed again since the match, so left as they are; check them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::PlatformModule</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::Shell</name>
    <message>
        <source>Sync is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server holds this record as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made here are waiting to reach the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and on the server: a practice admin settles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice admin settles sync conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::SyncReview</name>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 · MRN %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abnormal flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted record · MRN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient · MRN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 is not a record the server refused: there is nothing to send again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::SyncSettingsService</name>
    <message>
        <source>The server must be an http(s) URL such as https://ehr.example.org/fhir/R4, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put no user name or password in the server URL; use a token file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync interval must be between %1 and %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be given with its full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::App::SyncStatusWidget</name>
    <message>
        <source>Show the sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Next try at %2; nothing is lost meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients merged on the server whose surviving record cannot be taken here yet. Sync tries again on its own; &apos;ambulo sync status&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting</name>
    <message>
        <source>There is no such entry %1 for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &apos;%1&apos; is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note section is longer than 100,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 is not a possible reading (%4–%5 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 is outside the plausible range %4–%5 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID-3 holds no patient identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient is known here by %1, nor has that MRN; results are filed only for registered patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no filler order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OBX segment comes before any OBR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observation has no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (OBX-2 is NM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message holds no OBR segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no patient %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no encounter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter %1 is signed; add an addendum instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::AllergyService</name>
    <message>
        <source>Name the allergy to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allergy needs a substance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allergy field is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::ChartingModule</name>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>allergy (severity)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::CodeService</name>
    <message>
        <source>too short for the ICD-10-CM order format (%1 characters; the long description starts at column 78)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order number (columns 1–5) is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields are not separated by spaces at columns 6, 14, 16 and 77</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ICD-10-CM code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header flag (column 15) must be 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a description is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 3 fields (code,description,fee), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CPT or HCPCS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee &apos;%1&apos; is not an amount like 125.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no procedure codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ICD-10-CM code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown procedure code %1; it is not in the practice&apos;s code list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::EncounterService</name>
    <message>
        <source>Name the appointment the encounter is opened from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1 is %2; open the encounter once the patient has arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ad hoc encounter is a walk-in, phone or office visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encounter cannot start in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no location %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place of service is a two-digit CMS code, e.g. 11 (office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encounter lacks a start, a kind or a provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter %1 belongs to another patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter %1 was signed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::AddendaPanel</name>
    <message>
        <source>Addendum to the signed note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and add addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment requests from the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
%3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — pending: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 by %3: %4
Reason: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment accepted and appended to the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment denied; the request and the reason are appended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum signed and added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::ChartWidget</name>
    <message>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an encounter for a walk-in, a phone call or an office visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vitals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an encounter to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient open. Find one with Ctrl+K to see the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active allergies recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 /min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vitals recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value units</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>encounter status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encounters yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the patient first (Find patient), then start the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an entry to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the patient first (Find patient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::EncounterWidget</name>
    <message>
        <source>The chart did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superbi&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit open. Open a chart from the flow board or the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (MRN %2)
%3 · %4 · %5
%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the visit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a provider can sign a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the visit of %1 as shown?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note, diagnoses and procedures lock; later changes are addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit signed. Later changes go in addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit summary PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit summary to hand to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a visit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit summary was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Visit summary saved to %1 (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::ListHistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: value</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::ListItemDialog</name>
    <message>
        <source>Add problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such entry %1 for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10-CM code or words, e.g. E11.9 or diab mell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. twice daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>code — description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ICD-10-CM code matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a category, not a billable code; pick a more specific one if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an ICD-10-CM code for the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::NewVisitDialog</name>
    <message>
        <source>New visit for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the patient is seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider the visit is with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::NoteEditor</name>
    <message>
        <source>Insert template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subjective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the unsaved draft from %1. Save the note to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is not open for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 inserted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::ResultsWidget</name>
    <message>
        <source>H (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH (critical high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LL (critical low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (abnormal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AA (critical abnormal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks every observation of the selected order reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results by order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n abnormal, critical</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abnormal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select an order to mark it reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::SuperbillPanel</name>
    <message>
        <source>ICD-10 code or words, e.g. &quot;diab mell&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure code or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 25 59 (up to 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnosis numbers, e.g. 1,2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>02 Telehealth, not in the patient&apos;s home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 Telehealth in the patient&apos;s home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 Urgent care facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>22 On-campus outpatient hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31 Skilled nursing facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 Nursing facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses (pointer order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis pointers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category, not a billable code: pick a more specific one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a diagnosis and pick one from the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis %1 added as pointer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the diagnosis to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis removed; the later ones moved up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one diagnosis pointer (the diagnosis numbers, e.g. 1,2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointer &quot;%1&quot; is not a diagnosis number from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointer %1 names no diagnosis: add the diagnoses first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointer %1 names no diagnosis: this visit has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointer %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A procedure points at most at 12 diagnoses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a procedure and pick one from the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A procedure carries at most 4 modifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the procedure to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of service set to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::TrendChart</name>
    <message>
        <source>Select a result to see its trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not numeric, so there is no trend to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no numeric results to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference range %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n result(s), %2 abnormal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::Internal::VitalsPanel</name>
    <message>
        <source>°F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record vitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[confirmed as measured]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implausible vitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record these values as measured?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded: check the implausible values and record again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vitals recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::MedicationService</name>
    <message>
        <source>Name the medication to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A medication needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A medication field is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::NoteService</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is marked sensitive. Give a reason to open it (break-glass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a template named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note template %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick text abbreviation is one word of letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter %1 is not signed yet; edit the note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An addendum needs text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addendum is longer than 100,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the patient asks to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no amendment request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment request %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::ProblemService</name>
    <message>
        <source>Name the problem to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::ResultService</name>
    <message>
        <source>A result order needs the filler order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result order needs a test code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation %1 has no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 from %2 was filed for another patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no result order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synced result carries one observation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation %1 was not filed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::SignService</name>
    <message>
        <source>Only %1, the encounter&apos;s provider, signs encounter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter %1 was already signed by %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter %1 has no note to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter %1 was already signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::SuperbillService</name>
    <message>
        <source>%1 is a category heading; choose a more specific code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already diagnosis %2 of this encounter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encounter carries at most 12 diagnoses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter %1 has no diagnosis %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure %1 points at diagnosis %2; change that line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line carries at most 4 modifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier &apos;%1&apos; is not two letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units must be from 1 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A procedure needs at least one diagnosis pointer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line points at most at 12 diagnoses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis pointer %1 does not name a diagnosis of encounter %2 (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis pointer %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no superbill line %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::VisitSummary</name>
    <message>
        <source>Visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT — not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vital signs recorded at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diagnoses recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedures recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current medications recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit has not been signed by the provider; this summary is a draft and may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphical application (fonts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::VisitSummarySource</name>
    <message>
        <source>The visit note is marked sensitive and is not included in this summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit note is not included: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Charting::VitalsService</name>
    <message>
        <source>Enter both the systolic and the diastolic pressure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the systolic pressure %1 is not above the diastolic %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implausible vitals: %1. Check them, or confirm to record them as measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter %1 belongs to another patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one vital sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vitals have no time they were taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such vitals entry %1 for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Core</name>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: a %1 may not do &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Core::BreakGlass</name>
    <message>
        <source>Explain in at least 10 characters why you need to see this (break-glass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Core::DirectoryService</name>
    <message>
        <source>A practitioner needs a family and a given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid NPI (10 digits with a correct check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practitioner field is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage must belong to a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage rank must be primary, secondary or tertiary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage needs a payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member id is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member id and group number have at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber relationship must be self, spouse, child or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber&apos;s date of birth is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage start date is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry with the same identity already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location needs a name of at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room needs a name of at most 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payer needs a name of at most 100 characters and an id of at most 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient already has a coverage of that rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage %1 of the import: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location&apos;s address or phone is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room belongs to a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entry with id %1 to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coverage with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coverage cannot move to another patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practitioner with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Core::IdentifierKinds</name>
    <message>
        <source>Medical record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver&apos;s license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Core::PatientService</name>
    <message>
        <source>The family name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth %1 is before 1890.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex must be one of female, male, other or unknown (not &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact must be phone, sms, email or mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email is the preferred contact, but no email address is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS is the preferred contact, but no mobile number is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN &apos;%1&apos; is not valid: use up to 20 letters, digits or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of the import: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search text is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result limit must be between 1 and 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is restricted. Give a reason to open it (break-glass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with MRN %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient %1 was merged into another record; update that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient %1 is part of a merge loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier &apos;%1&apos; is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier type &apos;%1&apos; is longer than 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier %1 (%2) already belongs to another patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient %1 was merged into another record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient %1 was already merged into another record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging %1&apos;s records: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is restricted, and your role may not open restricted records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assigning authority &apos;%1…&apos; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That match was undone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match %1 is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a restricted record: open it with a reason (break-glass) to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That match was confirmed as right; take a wrong number off by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this practice&apos;s own numbering, the MRN; name the system that gave number %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Core::PracticeService</name>
    <message>
        <source>The practice name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice name is longer than 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 120 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid NPI (10 digits with a correct check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax id must be 9 digits (EIN, e.g. 12-3456789).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address or phone number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Core::UserService</name>
    <message>
        <source>A user name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name &apos;%1&apos; is not valid: use 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is longer than 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins; try again in %1 minutes or ask an admin to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the account is locked for %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store already has users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take the admin role from your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked; sign in again later or ask an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interface needs a name and the person who started it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Hl7::AdtHandler</name>
    <message>
        <source>ADT^%1 is not handled here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no PID segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID-3 holds no patient identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient is known by %1 (%2); ADT^A08 updates a registered patient only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient has MRN %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1 registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRG-1 holds no patient identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surviving patient %1 (%2) is not known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient to merge, %1 (%2), is not known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADT^A40 %1 from interface %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1 found by name and birth date and updated; now also known by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1 registered; %2 and %3 have the same name and birth date: merge them if they are one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRG-1 names MRN %1, this practice&apos;s own number, which only this practice changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID-3 holds no identifier of %1 to replace %2 with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already known by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient is known by %1 (%2) here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID-3 names patient %1 here, not the patient of %2 (%3); two records of one person are merged by ADT^A40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1 now known by %2 (%3) instead of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from interface %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a PID and an MRG segment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Hl7::OutboundService</name>
    <message>
        <source>An interface name is 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface needs a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a message type such as SIU^S12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACK timeout must be between 0.1 and 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate needs its private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate files are only used with TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interface named &apos;%1&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no interface named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no queued message %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 was delivered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is %2; there is nothing to discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is about a restricted record. Give a reason to read it (break-glass).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Hl7::PatientMapping</name>
    <message>
        <source>The identifiers name two different patients here (%1 of %2 is another patient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID-7 &apos;%1&apos; is not a date of birth (YYYYMMDD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID-8 &apos;%1&apos; is not a sex code of HL7 table 0001 (F, M, O, U, A, N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Hl7::PatientMessageBuilder</name>
    <message>
        <source>No merge of patient %1 into %2 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling</name>
    <message>
        <source>The appointment type %1 is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment needs a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment lasts from %1 to %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment would end after midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip it (daylight saving time starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a real start and end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for at most %1 days at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff huddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call on a cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sore throat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time in the form YYYY-MM-DDTHH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roomed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no walk-in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not booked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 appointment cannot be rescheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 appointment cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end %1 is not after the start %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series repeats every 1 to 52 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series has 1 to %1 occurrences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule an appointment by giving it a new time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1 is %2; it cannot become %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the appointment is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1 was changed meanwhile; look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported appointment at %1 has no valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported appointment at %1 lacks a patient, provider or type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported appointment at %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no appointment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no patient %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer sees patients here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1 is taken by %2 with %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already booked with %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room blocked: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside a blockout: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours: the provider does not work on %1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours: %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room is free %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no patient with MRN &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for 1 to 1000 openings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-of-day window ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment lasts at most %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A type code is 1 to 12 letters, digits or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A type needs a name of at most 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A type&apos;s length is from %1 to %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A type&apos;s colour is written #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekday is 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours end after they start, within the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blockout needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blockout ends after it starts, within the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recurring blockout needs an until date on or after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blockout needs a reason (e.g. Lunch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no appointment type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no appointment type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type code &apos;%1&apos; is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours %1–%2 overlap %3–%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no blockout %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone this system knows (e.g. America/New_York).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waitlist entry needs a patient and an appointment type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waitlist entry needs a date window that ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no waitlist entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The freed slot needs a date and a time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in %1 is no longer waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s appointment at %1 lacks a time, patient, provider or type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::AppointmentLinkService</name>
    <message>
        <source>A link needs a source and a placer or filler id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment id from another system is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::DaySheet</name>
    <message>
        <source>Day sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::AppointmentDialog</name>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (needed to cancel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist patients who could take this slot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
%3 %4–%5 with %6
%7 · room %8
Status: %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · waiting since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one on the waitlist fits this slot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::BookingDialog</name>
    <message>
        <source>%1, %2 · born %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, MRN, date of birth or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to book despite the conflict (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usual or any free room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may look at the book but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches — use New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 · born %3 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient first: search above, or New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not booked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n occurrence(s) booked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::CalendarView</name>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::CalendarWidget</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day by room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book at the selected slot (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not book appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move despite the conflict?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Reason to move it anyway (audited):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider for the day sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save day sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day-sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day sheet saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find opening…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::FindOpeningDialog</name>
    <message>
        <source>Find opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opening matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n opening(s), earliest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::FlowBoardWidget</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues the patient open in the banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the patient first (Find patient), then add the walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to the walk-in queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a walk-in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart the visit of the arrived or roomed patient chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient who has arrived or is roomed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::RegistrationWidget</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other / not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible existing patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank: the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank: the patient&apos;s, when the patient is the subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 · born %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may be a patient we already have. Use the existing record, or press Register again to make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the coverage was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number from another system (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HOSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the other system&apos;s number and who gave it, or leave both empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is already on record %3. Use that record if it is this patient; otherwise check the number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::SetupWidget</name>
    <message>
        <source>Appointment types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a day off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch, staff meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add blockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From–to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly from %1 until %2, %3–%4 · %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockout added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockout removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::Internal::WaitlistWidget</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add banner patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the patient first (Find patient), then add them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::SchedulingModule</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule set-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambulo::Scheduling::SiuHandler</name>
    <message>
        <source>%1 &apos;%2&apos; is not a date and time (YYYYMMDDHHMM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment has no start time (AIS-4 or SCH-11-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider here matches %1 %2 %3 (NPI or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment names no provider (AIP-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room here is called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment type here has the code &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment has no type (AIS-3 or SCH-7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment has no id (SCH-1 or SCH-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment %1 already booked (resend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment here has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIU^%1 is not handled here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID-3 holds no patient identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient is known here by %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment %1 booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reschedule needs the new start time (AIS-4 or SCH-11-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment %1 already at %2 (resend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment %1 rescheduled as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment %1 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment %1 modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment %1 already %2 (resend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by interface %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
