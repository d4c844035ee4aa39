#include "sandbox/sandbox_thread.h"

namespace paydesk::sandbox {

SandboxThread::SandboxThread(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("paydesk-sandbox"));
}

SandboxThread::~SandboxThread()
{
    if (!m_context)
        return;
    // Queued behind start()'s work, so the server exists by then unless listening failed.
    QMetaObject::invokeMethod(m_context, [context = m_context, path = m_options.stateFilePath] {
        const auto *server = context->findChild<SandboxServer *>();
        // Only a server that ran saves: one that could not read the file must not replace it.
        if (server && server->port() != 0 && !path.isEmpty()) {
            QString error;
            if (!server->saveState(path, &error))
                qWarning("paydesk-sandbox: %s", qPrintable(error));
        }
        delete context; // the server and its sockets go in their own thread
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

void SandboxThread::start(quint16 port)
{
    Q_ASSERT(!m_context);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this, context = m_context, port] {
        auto *server = new SandboxServer(m_options, context);
        if (server->listen(port))
            emit listening(server->apiBaseUrl());
        else
            emit failed(server->errorString());
    });
}

void SandboxThread::setFaults(const FaultSettings &faults)
{
    if (!m_context)
        return;
    QMetaObject::invokeMethod(m_context, [context = m_context, faults] {
        if (auto *server = context->findChild<SandboxServer *>())
            server->setFaults(faults);
    });
}

} // namespace paydesk::sandbox
