#pragma once

#include <QObject>

namespace Ambulo::Charting {

// The encounter the charting docks are working on, beside core's patient context: the chart dock
// and the flow board's "Open chart" set it, the encounter dock follows it. One per session, owned
// by the module; 0 means none. Set only with an encounter of the current patient.
class ChartContext : public QObject
{
    Q_OBJECT
public:
    explicit ChartContext(QObject *parent = nullptr);

    qint64 encounterId() const { return m_encounterId; }
    void setEncounter(qint64 encounterId);
    void clear() { setEncounter(0); }

signals:
    void encounterChanged(qint64 encounterId);

private:
    qint64 m_encounterId = 0;
};

} // namespace Ambulo::Charting
