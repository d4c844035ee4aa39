#pragma once

#include "sandbox/sandbox_server.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace paydesk::sandbox {

// Runs a SandboxServer in a thread of its own, so seeding or listing a hundred thousand intents
// never stalls the caller's event loop (the GUI's demo mode). Nothing here blocks except the
// destructor, which waits for the server to stop.
//
//   auto *sandbox = new SandboxThread(options, this);
//   connect(sandbox, &SandboxThread::listening, this, &Demo::connectTo);
//   sandbox->start();
class SandboxThread : public QObject
{
    Q_OBJECT

public:
    explicit SandboxThread(SandboxOptions options, QObject *parent = nullptr);
    // Stops the server in its thread (saving the state file when the options name one) and
    // waits for the thread to end.
    ~SandboxThread() override;

    // Creates the server in the thread and listens; the outcome arrives as listening() or
    // failed(). Call once.
    void start(quint16 port = 0);
    // Applies from the server's next request.
    void setFaults(const FaultSettings &faults);

signals:
    void listening(const QUrl &apiBaseUrl);
    void failed(const QString &error);

private:
    const SandboxOptions m_options;
    QThread m_thread;
    // Lives in m_thread and owns the server there.
    QObject *m_context = nullptr;
};

} // namespace paydesk::sandbox
