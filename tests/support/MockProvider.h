#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <functional>

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

    // ---- Compare runs: several requests arrive at once, in no fixed order. ----
    // The first request whose body contains needle gets this response (once), before the queue.
    void enqueueFor(const QByteArray& needle, const MockResponse& response);
    int pendingRouted() const { return int(m_routed.size()); }
    // ---- end of compare runs ----
    // ---- Routes (OAuth exchange, Ollama /api/show): answers computed from the request ----
    using Handler = std::function<MockResponse(const RecordedRequest&)>;
    // A request of this method whose path (query left out) ends with pathSuffix is answered
    // by handler instead of the queue; a later route for the same pair replaces it.
    void route(const QByteArray& method, const QByteArray& pathSuffix, const Handler& handler);
    void clearRoutes() { m_routes.clear(); }
    // POST /auth/keys as OpenRouter answers it (PROTOCOLS.md A.10): 200 {"key":key,"user_id":null}
    // when the body's code is code, code_challenge_method is S256 and base64url(SHA-256(code_verifier))
    // is challenge; 400 for another method; 403 otherwise.
    static Handler authKeys(const QByteArray& code, const QByteArray& key, const QByteArray& challenge);
    // POST /api/show {"model": NAME}: Ollama's details with "capabilities" for the models
    // listed; 404 {"error":"model 'NAME' not found"} for any other.
    static Handler ollamaShow(const QHash<QString, QStringList>& capabilities);
    // ---- end of routes ----

Q_SIGNALS:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const MockResponse& response);
    bool takeRouted(const QByteArray& body, MockResponse* response); // compare runs
    bool answerAccount(QTcpSocket* socket, const RecordedRequest& request);

    QTcpServer* m_server;
    QList<MockResponse> m_queue;
    MockResponse m_fallback;
    bool m_hasFallback = false;
    QList<RecordedRequest> m_requests;
    QList<QPair<QByteArray, MockResponse>> m_routed; // compare runs: enqueueFor
    struct Route {
        QByteArray method;
        QByteArray pathSuffix;
        Handler handler;
    };
    QList<Route> m_routes;
    QHash<QByteArray, QList<MockResponse>> m_account;
};

Q_DECLARE_METATYPE(MockResponse)
