#pragma once

#include "chat/ChatOutcome.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// One request (a streaming POST, or a GET when the body is null): start(), cancel(),
// exactly one finished(). An inactivity
// timeout covers connecting and every gap between bytes. 429 and 5xx answers are
// retried a bounded number of times before the first byte (honouring Retry-After);
// nothing is retried once bytes have been handed out.
class HttpStream final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpStream)

public:
    struct Result {
        ErrorKind kind = ErrorKind::None; // None: a 2xx body ended cleanly
        int httpStatus = 0;
        QString networkDetail; // "refused", "host-not-found", "tls", "closed", ... for ErrorText
        QByteArray errorBody;  // body of a non-2xx answer (capped)
        qint64 bytesReceived = 0;
    };

    HttpStream(QNetworkAccessManager* nam, const QNetworkRequest& request, const QByteArray& body,
               QObject* parent = nullptr);
    ~HttpStream() override;

    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }
    int idleTimeout() const { return m_idleTimeoutMs; }
    void setRetryPolicy(int maxRetries, int baseDelayMs, int maxDelayMs);

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
    bool isSuccess() const;
    int retryDelayMs(int attempt) const;
    void finish(Result result);

    QNetworkAccessManager* m_nam;
    QNetworkRequest m_request;
    QByteArray m_body;
    QNetworkReply* m_reply = nullptr;
    QTimer* m_idleTimer;
    QTimer* m_retryTimer;
    QByteArray m_errorBody;
    qint64 m_bytes = 0;
    int m_status = 0;
    int m_attempt = 0;
    int m_maxRetries = 2;
    int m_retryBaseMs = 1000;
    int m_retryMaxMs = 20000;
    int m_idleTimeoutMs = 90000;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_completed = false;
    bool m_finished = false;
};
