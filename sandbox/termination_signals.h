#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace paydesk::sandbox {

// Turns SIGINT and SIGTERM into a Qt signal on the event loop (the self-pipe trick: the handler
// only writes a byte to a socket pair), so a clean stop can save state and return from exec().
// One instance per process.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

signals:
    void received(int signalNumber);

private:
    void drain();

    int m_sockets[2] = {-1, -1};
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace paydesk::sandbox
