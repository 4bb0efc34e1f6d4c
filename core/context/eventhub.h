#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>

namespace Ambulo::Core {

// A domain event ("AppointmentStatusChanged", "EncounterSigned") with its facts; modules talk
// to each other only through these and the patient context.
struct DomainEvent
{
    QString type;
    QVariantMap data;
};

class EventHub : public QObject
{
    Q_OBJECT
public:
    explicit EventHub(QObject *parent = nullptr);

    void publish(const DomainEvent &event) { emit published(event); }

signals:
    void published(const Ambulo::Core::DomainEvent &event);
};

} // namespace Ambulo::Core
