#include "HttpStream.h"

#include "ErrorText.h"
#include "util/Log.h"
#include "util/Redact.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

namespace {

int clampTimerMs(qint64 ms)
{
    return int(qBound<qint64>(0, ms, HttpStream::kMaxTimerMs));
}

// The origin only: what a sentence may name without leaking a path or a query.
QString originText(const QUrl& url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

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
    , m_deadlineTimer(new QTimer(this))
{
    m_idleTimer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    m_deadlineTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &HttpStream::onIdleTimeout);
    connect(m_retryTimer, &QTimer::timeout, this, &HttpStream::sendAttempt);
    connect(m_deadlineTimer, &QTimer::timeout, this, &HttpStream::onDeadline);
    // Each redirect is checked by onRedirected: only the request's own origin may see its headers.
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    m_request.setMaximumRedirectsAllowed(5);
}

HttpStream::~HttpStream()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpStream::setIdleTimeout(qint64 ms)
{
    m_idleTimeoutMs = qMax(1, clampTimerMs(ms));
}

void HttpStream::setTotalTimeout(qint64 ms)
{
    m_totalTimeoutMs = clampTimerMs(ms);
}

qint64 HttpStream::retryAfterMs(const QByteArray& header, const QDateTime& nowUtc)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return -1;
    bool digits = true;
    for (char c : text)
        digits = digits && c >= '0' && c <= '9';
    if (digits) {
        // Any number of digits: saturate instead of overflowing.
        if (text.size() > 9)
            return kMaxTimerMs;
        return qMin<qint64>(text.toLongLong() * 1000, kMaxTimerMs);
    }
    // HTTP-date (RFC 9110 5.6.7): IMF-fixdate, then the obsolete RFC 850 and asctime forms.
    // The weekday goes first: it says nothing the date does not, and a wrong one (or the
    // 1900s that Qt reads into a two-digit year) must not void the date.
    QString s = QString::fromLatin1(text).simplified();
    const qsizetype firstSpace = s.indexOf(u' ');
    if (firstSpace > 0)
        s = s.mid(firstSpace + 1);
    const QLocale c = QLocale::c();
    for (const QString& format : { QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"), QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),
                                   QStringLiteral("MMM d HH:mm:ss yyyy") }) {
        QDateTime when = c.toDateTime(s, format);
        if (!when.isValid())
            continue;
        if (when.date().year() < 1970) // two-digit years of RFC 850 are this century's
            when = when.addYears(100);
        when.setTimeZone(QTimeZone::utc());
        return qBound<qint64>(0, nowUtc.msecsTo(when), kMaxTimerMs);
    }
    return -1;
}

bool HttpStream::sameOrigin(const QUrl& a, const QUrl& b)
{
    const auto defaultPort = [](const QUrl& u) {
        return u.port(u.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
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
    if (m_totalTimeoutMs > 0)
        m_deadlineTimer->start(m_totalTimeoutMs);
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
    m_errorBodyCut = false;
    qCDebug(lcNet).noquote() << (m_body.isNull() ? "GET" : "POST") << Redact::urlForLog(m_request.url()) << "attempt" << m_attempt + 1
                             << "headers:" << Redact::headersForLog(m_request) << "body bytes:" << m_body.size();
    // A null body means GET (model lists); chat requests always POST a body.
    m_reply = m_body.isNull() ? m_nam->get(m_request) : m_nam->post(m_request, m_body);
    // Back-pressure: Qt stops reading the socket while this much is waiting for us.
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpStream::onReadyRead);
    connect(m_reply, &QNetworkReply::redirected, this, &HttpStream::onRedirected);
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
    // A slice at a time, the rest on the next turn of the event loop: what one read
    // produces downstream (events, text, copies) stays small however much Qt holds.
    const QByteArray bytes = m_reply->read(kSliceBytes);
    if (m_reply->bytesAvailable() > 0 && !m_sliceQueued) {
        m_sliceQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_sliceQueued = false;
            if (m_reply)
                onReadyRead();
        });
    }
    if (bytes.isEmpty())
        return;
    m_bytes += bytes.size();
    if (isSuccess()) {
        Q_EMIT dataReceived(bytes);
        return;
    }
    if (m_errorBody.size() < kMaxErrorBodyKept)
        m_errorBody.append(bytes.left(kMaxErrorBodyKept - m_errorBody.size()));
    if (m_bytes > kMaxErrorBodyRead && !m_errorBodyCut) {
        // Enough to say what went wrong; the rest of an error body is not worth reading.
        qCInfo(lcNet) << "error body longer than" << kMaxErrorBodyRead << "bytes; the rest is discarded";
        m_errorBodyCut = true;
        m_reply->abort();
    }
}

void HttpStream::onRedirected(const QUrl& url)
{
    if (!m_reply)
        return;
    const QUrl target = m_reply->url().resolved(url);
    if (sameOrigin(m_request.url(), target)) {
        qCDebug(lcNet).noquote() << "following a same-origin redirect to" << Redact::urlForLog(target);
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    // The request carries the key in its headers; it never goes to another origin.
    qCInfo(lcNet).noquote() << "refused a redirect to another origin:" << originText(target);
    m_refusedRedirect = originText(target);
    m_reply->abort();
}

int HttpStream::retryDelayMs(int attempt) const
{
    const qint64 fromHeader = retryAfterMs(m_reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    if (fromHeader >= 0)
        return clampTimerMs(fromHeader);
    return clampTimerMs(qint64(m_retryBaseMs) << qBound(0, attempt, 20));
}

void HttpStream::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    m_idleTimer->stop();
    if (m_status == 0)
        m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    while (m_reply == reply && reply->bytesAvailable() > 0)
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
    } else if (m_deadlinePassed) {
        r.kind = ErrorKind::Timeout;
        r.networkDetail = QStringLiteral("deadline");
    } else if (m_timedOut) {
        r.kind = ErrorKind::Timeout;
    } else if (!m_refusedRedirect.isEmpty()) {
        r.kind = ErrorKind::Network;
        r.networkDetail = QStringLiteral("redirect");
        r.redirectTarget = m_refusedRedirect;
    } else if (m_status != 0 && !isSuccess()) {
        const bool retryable = !m_errorBodyCut && (m_status == 429 || (m_status >= 500 && m_status != 501));
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

void HttpStream::onDeadline()
{
    qCInfo(lcNet) << "the request took longer than" << m_totalTimeoutMs << "ms; aborting";
    m_deadlinePassed = true;
    if (m_reply) {
        m_reply->abort();
        return;
    }
    m_retryTimer->stop(); // waiting to retry: end now
    Result r;
    r.kind = ErrorKind::Timeout;
    r.networkDetail = QStringLiteral("deadline");
    r.httpStatus = m_status;
    r.bytesReceived = m_bytes;
    finish(r);
}

void HttpStream::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_idleTimer->stop();
    m_deadlineTimer->stop();
    Q_EMIT finished(result);
}
