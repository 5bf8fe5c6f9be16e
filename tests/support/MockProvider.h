#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>

class QTcpServer;
class QTcpSocket;

// What the mock writes back for one request. The body bytes are exact; the
// framing is HTTP/1.1 chunked (each write one chunk) unless chunked is false.
struct MockResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int pieceSize = 0;       // 0: the whole body in one write; else pieces of this many bytes
    int pieceDelayMs = 0;    // pause between pieces
    qint64 stallAfter = -1;  // stop after this many body bytes and keep the connection open
    qint64 cutAfter = -1;    // close the connection (RST) after this many body bytes, mid-body
    bool chunked = true;

    static MockResponse sse(const QByteArray& body, int pieceSize = 0);
    static MockResponse json(int status, const QByteArray& body);
};

struct RecordedRequest {
    QByteArray method;
    QByteArray path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray& name) const; // case-insensitive
};

// A loopback provider that speaks exact bytes and misbehaves on purpose.
class MockProvider final : public QObject {
    Q_OBJECT

public:
    explicit MockProvider(QObject* parent = nullptr);
    ~MockProvider() override;

    bool listen(quint16 port = 0);
    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:PORT/api/v1

    void enqueue(const MockResponse& response);
    void setFallback(const MockResponse& response); // served when the queue is empty
    const QList<RecordedRequest>& requests() const { return m_requests; }

    // OpenRouter's account and stats endpoints (GET /key, /credits, /generation): answered
    // from their own queues, never from the chat queue, so that a window or CLI fetching them
    // in the background cannot take a response meant for a chat. Nothing queued: a 404.
    // endpoint: "key", "credits" or "generation".
    void enqueueAccount(const QByteArray& endpoint, const MockResponse& response);
    int pendingAccountResponses() const;
    int pendingResponses() const { return int(m_queue.size()); }

Q_SIGNALS:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const MockResponse& response);
    bool answerAccount(QTcpSocket* socket, const RecordedRequest& request);

    QTcpServer* m_server;
    QList<MockResponse> m_queue;
    MockResponse m_fallback;
    bool m_hasFallback = false;
    QList<RecordedRequest> m_requests;
    QHash<QByteArray, QList<MockResponse>> m_account;
};

Q_DECLARE_METATYPE(MockResponse)
