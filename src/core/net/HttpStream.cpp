#include "HttpStream.h"

#include "ErrorText.h"
#include "util/Log.h"
#include "util/Redact.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace {
constexpr qsizetype kMaxErrorBody = 64 * 1024;

QString networkDetail(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError: return QStringLiteral("refused");
    case QNetworkReply::HostNotFoundError: return QStringLiteral("host-not-found");
    case QNetworkReply::SslHandshakeFailedError: return QStringLiteral("tls");
    case QNetworkReply::RemoteHostClosedError: return QStringLiteral("closed");
    default: return QStringLiteral("other");
    }
}
} // namespace

HttpStream::HttpStream(QNetworkAccessManager* nam, const QNetworkRequest& request, const QByteArray& body,
                       QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(request)
    , m_body(body)
    , m_idleTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_idleTimer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &HttpStream::onIdleTimeout);
    connect(m_retryTimer, &QTimer::timeout, this, &HttpStream::sendAttempt);
}

HttpStream::~HttpStream()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpStream::setRetryPolicy(int maxRetries, int baseDelayMs, int maxDelayMs)
{
    m_maxRetries = maxRetries;
    m_retryBaseMs = baseDelayMs;
    m_retryMaxMs = maxDelayMs;
}

void HttpStream::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    sendAttempt();
}

void HttpStream::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // finishes through onReplyFinished
    } else {
        m_retryTimer->stop();
        Result r;
        r.kind = ErrorKind::Cancelled;
        r.httpStatus = m_status;
        finish(r);
    }
}

void HttpStream::complete()
{
    if (m_finished || !m_reply || !isSuccess())
        return;
    m_completed = true;
    m_reply->abort(); // finishes through onReplyFinished as a clean end
}

void HttpStream::sendAttempt()
{
    m_status = 0;
    m_errorBody.clear();
    qCDebug(lcNet).noquote() << (m_body.isNull() ? "GET" : "POST") << Redact::urlForLog(m_request.url()) << "attempt" << m_attempt + 1
                             << "headers:" << Redact::headersForLog(m_request) << "body bytes:" << m_body.size();
    // A null body means GET (model lists); chat requests always POST a body.
    m_reply = m_body.isNull() ? m_nam->get(m_request) : m_nam->post(m_request, m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpStream::onReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] { m_idleTimer->start(m_idleTimeoutMs); });
    connect(m_reply, &QNetworkReply::finished, this, &HttpStream::onReplyFinished);
    m_idleTimer->start(m_idleTimeoutMs);
}

bool HttpStream::isSuccess() const
{
    return m_status >= 200 && m_status < 300;
}

void HttpStream::onReadyRead()
{
    m_idleTimer->start(m_idleTimeoutMs);
    if (m_status == 0) {
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        qCDebug(lcNet) << "HTTP status" << m_status;
        if (isSuccess())
            Q_EMIT responseStarted(m_status);
    }
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty())
        return;
    m_bytes += bytes.size();
    if (isSuccess()) {
        Q_EMIT dataReceived(bytes);
    } else if (m_errorBody.size() < kMaxErrorBody) {
        m_errorBody.append(bytes.left(kMaxErrorBody - m_errorBody.size()));
    }
}

int HttpStream::retryDelayMs(int attempt) const
{
    const QByteArray header = m_reply->rawHeader("Retry-After").trimmed();
    if (!header.isEmpty()) {
        bool ok = false;
        const int seconds = header.toInt(&ok);
        if (ok && seconds >= 0)
            return seconds * 1000;
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
        if (when.isValid())
            return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
    }
    return m_retryBaseMs * (1 << attempt);
}

void HttpStream::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    m_idleTimer->stop();
    if (m_status == 0)
        m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    const QNetworkReply::NetworkError error = reply->error();
    qCDebug(lcNet) << "reply finished" << error << reply->errorString() << "bytes" << m_bytes;

    Result r;
    r.httpStatus = m_status;
    r.bytesReceived = m_bytes;
    if (m_completed) {
        r.kind = ErrorKind::None;
    } else if (m_cancelled) {
        r.kind = ErrorKind::Cancelled;
    } else if (m_timedOut) {
        r.kind = ErrorKind::Timeout;
    } else if (m_status != 0 && !isSuccess()) {
        const bool retryable = m_status == 429 || (m_status >= 500 && m_status != 501);
        if (retryable && m_attempt < m_maxRetries) {
            const int delay = retryDelayMs(m_attempt);
            if (delay <= m_retryMaxMs) {
                ++m_attempt;
                qCInfo(lcNet) << "HTTP" << m_status << "before the first byte; retry" << m_attempt << "in" << delay << "ms";
                Q_EMIT retrying(m_attempt, delay, m_status);
                m_reply = nullptr;
                reply->deleteLater();
                m_retryTimer->start(delay);
                return;
            }
        }
        r.kind = ErrorText::kindForHttpStatus(m_status);
        r.errorBody = m_errorBody;
    } else if (error != QNetworkReply::NoError) {
        r.kind = ErrorKind::Network;
        r.networkDetail = networkDetail(error);
        qCInfo(lcNet) << "network error" << error << "after" << m_bytes << "bytes";
    }
    m_reply = nullptr;
    reply->deleteLater();
    finish(r);
}

void HttpStream::onIdleTimeout()
{
    if (!m_reply)
        return;
    qCInfo(lcNet) << "no bytes for" << m_idleTimeoutMs << "ms; aborting";
    m_timedOut = true;
    m_reply->abort();
}

void HttpStream::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
}
