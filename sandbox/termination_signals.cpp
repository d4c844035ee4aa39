#include "sandbox/termination_signals.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace paydesk::sandbox {

namespace {

// A signal handler can reach nothing but globals; this is the write end of the socket pair.
int g_signalWriteSocket = -1;

void forwardSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    const ssize_t written = ::write(g_signalWriteSocket, &byte, 1);
    Q_UNUSED(written); // nothing to do about a full pipe inside a signal handler
}

void setHandler(void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
    Q_ASSERT(g_signalWriteSocket == -1);
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, m_sockets) != 0) {
        qWarning("paydesk-sandbox: cannot catch SIGINT and SIGTERM (socketpair failed)");
        return;
    }
    g_signalWriteSocket = m_sockets[0];
    m_notifier = new QSocketNotifier(m_sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::drain);
    setHandler(forwardSignal);
}

TerminationSignals::~TerminationSignals()
{
    if (m_sockets[0] == -1)
        return;
    setHandler(SIG_DFL);
    g_signalWriteSocket = -1;
    ::close(m_sockets[0]);
    ::close(m_sockets[1]);
}

void TerminationSignals::drain()
{
    char byte = 0;
    if (::read(m_sockets[1], &byte, 1) == 1)
        emit received(int(byte));
}

} // namespace paydesk::sandbox
