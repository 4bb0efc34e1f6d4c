#pragma once

#include "connectors/hl7/adapter.h"

namespace Ambulo::Hl7 {

// Patient changes as ADT, built from the current record: create → A04, update → A08,
// merge → A40 (MRG-1 the merged-away MRN). Other operations send nothing.
class PatientMessageBuilder : public OutboundBuilder
{
public:
    explicit PatientMessageBuilder(HandlerContext &context);

    QStringList entities() const override;
    Core::Result<QList<OutboundMessage>> build(const Core::Change &change) override;

private:
    HandlerContext &m_context;
};

// What connectors/hl7 itself contributes (patients live in core): the ADT handler and builder.
QList<AdapterSet> coreAdapters();

} // namespace Ambulo::Hl7
