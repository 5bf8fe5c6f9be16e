#pragma once

#include "chat/ChatOutcome.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>

class QDateTime;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class QUrl;

// One request (a streaming POST, or a GET when the body is null): start(), cancel(),
// exactly one finished(). An inactivity timeout covers connecting and every gap
// between bytes; a total deadline covers the whole request (a server that only
// sends keep-alive comments cannot hold it open for ever). 429 and 5xx answers are
// retried a bounded number of times before the first byte (honouring Retry-After);
// nothing is retried once bytes have been handed out. Redirects are followed only
// within the origin (scheme, host, port) of the request: credentials travel in its
// headers and must never reach another server. Memory is bounded whatever the
// server sends: the reply's read buffer is capped (back-pressure on the socket)
// and an error body is read up to a limit, the rest discarded.
class HttpStream final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpStream)

public:
    struct Result {
        ErrorKind kind = ErrorKind::None; // None: a 2xx body ended cleanly
        int httpStatus = 0;
        QString networkDetail; // "refused", "host-not-found", "tls", "closed", ... for ErrorText
        QByteArray errorBody;  // body of a non-2xx answer (capped)
        QString redirectTarget; // the origin a refused cross-origin redirect pointed to
        qint64 bytesReceived = 0;
    };

    HttpStream(QNetworkAccessManager* nam, const QNetworkRequest& request, const QByteArray& body,
               QObject* parent = nullptr);
    ~HttpStream() override;

    // Timers take at most kMaxTimerMs (24 h); larger or negative values are clamped.
    static constexpr qint64 kMaxTimerMs = 24LL * 3600 * 1000;
    static constexpr qsizetype kReadBufferBytes = 256 * 1024;
    static constexpr qint64 kSliceBytes = 64 * 1024;
    static constexpr qsizetype kMaxErrorBodyKept = 64 * 1024;
    static constexpr qint64 kMaxErrorBodyRead = 1024 * 1024;

    void setIdleTimeout(qint64 ms);
    int idleTimeout() const { return m_idleTimeoutMs; }
    // The whole request, connecting to the last byte (0: no deadline).
    void setTotalTimeout(qint64 ms);
    void setRetryPolicy(int maxRetries, int baseDelayMs, int maxDelayMs);

    // Retry-After as delta-seconds or an HTTP-date (IMF-fixdate, RFC 850, asctime),
    // in milliseconds from now, saturated at kMaxTimerMs; -1 when absent or unreadable.
    static qint64 retryAfterMs(const QByteArray& header, const QDateTime& nowUtc);
    // Same scheme, host and (default-resolved) port.
    static bool sameOrigin(const QUrl& a, const QUrl& b);

    void start();
    void cancel();
    // The body said it is complete (e.g. "data: [DONE]"): stop reading and finish
    // as a clean end, even if the server keeps the connection open.
    void complete();

Q_SIGNALS:
    void responseStarted(int httpStatus);
    void dataReceived(const QByteArray& bytes);
    void retrying(int attempt, int delayMs, int httpStatus);
    void finished(const HttpStream::Result& result);

private:
    void sendAttempt();
    void onReadyRead();
    void onReplyFinished();
    void onIdleTimeout();
    void onDeadline();
    void onRedirected(const QUrl& url);
    bool isSuccess() const;
    int retryDelayMs(int attempt) const;
    void finish(Result result);

    QNetworkAccessManager* m_nam;
    QNetworkRequest m_request;
    QByteArray m_body;
    QNetworkReply* m_reply = nullptr;
    QTimer* m_idleTimer;
    QTimer* m_retryTimer;
    QTimer* m_deadlineTimer;
    QString m_refusedRedirect;
    QByteArray m_errorBody;
    qint64 m_bytes = 0;
    int m_status = 0;
    int m_attempt = 0;
    int m_maxRetries = 2;
    int m_retryBaseMs = 1000;
    int m_retryMaxMs = 20000;
    int m_idleTimeoutMs = 90000;
    int m_totalTimeoutMs = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_deadlinePassed = false;
    bool m_errorBodyCut = false;
    bool m_sliceQueued = false;
    bool m_completed = false;
    bool m_finished = false;
};
