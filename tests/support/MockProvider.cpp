#include "MockProvider.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#include <sys/socket.h>

MockResponse MockResponse::sse(const QByteArray& body, int pieceSize)
{
    MockResponse r;
    r.headers = { { "Content-Type", "text/event-stream" }, { "Cache-Control", "no-cache" } };
    r.body = body;
    r.pieceSize = pieceSize;
    return r;
}

MockResponse MockResponse::json(int status, const QByteArray& body)
{
    MockResponse r;
    r.status = status;
    r.headers = { { "Content-Type", "application/json" } };
    r.body = body;
    r.chunked = false;
    return r;
}

QByteArray RecordedRequest::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

MockProvider::MockProvider(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &MockProvider::onNewConnection);
}

MockProvider::~MockProvider() = default;

bool MockProvider::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 MockProvider::port() const
{
    return m_server->serverPort();
}

QString MockProvider::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port());
}

void MockProvider::enqueue(const MockResponse& response)
{
    m_queue.append(response);
}

void MockProvider::setFallback(const MockResponse& response)
{
    m_fallback = response;
    m_hasFallback = true;
}

// ---- Compare runs ----
void MockProvider::enqueueFor(const QByteArray& needle, const MockResponse& response)
{
    m_routed.append({ needle, response });
}

bool MockProvider::takeRouted(const QByteArray& body, MockResponse* response)
{
    for (qsizetype i = 0; i < m_routed.size(); ++i) {
        if (body.contains(m_routed.at(i).first)) {
            *response = m_routed.takeAt(i).second;
            return true;
        }
    }
    return false;
}
// ---- end of compare runs ----

void MockProvider::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void MockProvider::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    if (socket->property("answered").toBool())
        return;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    RecordedRequest req;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    req.method = requestLine.value(0);
    req.path = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        req.headers.append({ name, value });
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return;
    req.body = buffer.mid(headerEnd + 4, contentLength);
    socket->setProperty("answered", true);
    m_requests.append(req);
    Q_EMIT requestReceived();
    if (answerAccount(socket, req))
        return;

    MockResponse response;
    const QByteArray bare = req.path.left(req.path.indexOf('?') < 0 ? req.path.size() : req.path.indexOf('?'));
    const Route* route = nullptr;
    for (const Route& r : std::as_const(m_routes)) {
        if (r.method == req.method && bare.endsWith(r.pathSuffix))
            route = &r;
    }
    if (route)
        response = route->handler(req);
    else if (takeRouted(req.body, &response)) {
        // chosen by its body (compare runs)
    } else if (!m_queue.isEmpty())
        response = m_queue.takeFirst();
    else if (m_hasFallback)
        response = m_fallback;
    else
        response = MockResponse::json(500, R"({"error":{"code":500,"message":"mock has no response queued"}})");
    respond(socket, response);
}

void MockProvider::respond(QTcpSocket* socket, const MockResponse& r)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + " Mock\r\n";
    for (const auto& h : r.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (r.chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else
        head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);

    // Split the body into the pieces to write, honouring stall and cut points.
    qint64 limit = r.body.size();
    if (r.stallAfter >= 0)
        limit = qMin(limit, r.stallAfter);
    if (r.cutAfter >= 0)
        limit = qMin(limit, r.cutAfter);
    auto pieces = std::make_shared<QList<QByteArray>>();
    const int size = r.pieceSize > 0 ? r.pieceSize : int(qMax<qint64>(1, limit));
    for (qint64 pos = 0; pos < limit; pos += size)
        pieces->append(r.body.mid(pos, qMin<qint64>(size, limit - pos)));

    QPointer<QTcpSocket> s(socket);
    const bool chunked = r.chunked;
    const bool stall = r.stallAfter >= 0;
    const bool cut = r.cutAfter >= 0;
    const int delay = r.pieceDelayMs;
    auto step = std::make_shared<std::function<void()>>();
    *step = [s, pieces, chunked, stall, cut, delay, step]() {
        if (!s)
            return;
        if (!pieces->isEmpty()) {
            const QByteArray piece = pieces->takeFirst();
            if (chunked)
                s->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
            else
                s->write(piece);
            if (delay > 0)
                QTimer::singleShot(delay, s, [step] { (*step)(); });
            else
                (*step)();
            return;
        }
        if (stall)
            return; // hold the connection open, send nothing more
        if (cut) {
            // A real reset: SO_LINGER 0 makes close() send RST instead of FIN.
            s->flush();
            const linger hard { 1, 0 };
            ::setsockopt(int(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof(hard));
            s->abort();
            return;
        }
        if (chunked)
            s->write("0\r\n\r\n");
        s->disconnectFromHost();
    };
    (*step)();
}

// ---- Routes (OAuth exchange, Ollama /api/show) ----

void MockProvider::route(const QByteArray& method, const QByteArray& pathSuffix, const Handler& handler)
{
    for (Route& r : m_routes) {
        if (r.method == method && r.pathSuffix == pathSuffix) {
            r.handler = handler;
            return;
        }
    }
    m_routes.append({ method, pathSuffix, handler });
}

MockProvider::Handler MockProvider::authKeys(const QByteArray& code, const QByteArray& key, const QByteArray& challenge)
{
    return [code, key, challenge](const RecordedRequest& req) {
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        if (body.value(QLatin1String("code_challenge_method")).toString() != QLatin1String("S256"))
            return MockResponse::json(400, R"({"error":{"code":400,"message":"Invalid code_challenge_method"}})");
        const QByteArray verifier = body.value(QLatin1String("code_verifier")).toString().toLatin1();
        const QByteArray hashed = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (body.value(QLatin1String("code")).toString().toUtf8() != code || verifier.isEmpty() || hashed != challenge)
            return MockResponse::json(403, R"({"error":{"code":403,"message":"Invalid code or code_verifier"}})");
        return MockResponse::json(200, "{\"key\":\"" + key + "\",\"user_id\":null}");
    };
}

MockProvider::Handler MockProvider::ollamaShow(const QHash<QString, QStringList>& capabilities)
{
    return [capabilities](const RecordedRequest& req) {
        const QString model = QJsonDocument::fromJson(req.body).object().value(QLatin1String("model")).toString();
        if (!capabilities.contains(model)) {
            const QJsonObject error { { QLatin1String("error"), QStringLiteral("model '%1' not found").arg(model) } };
            return MockResponse::json(404, QJsonDocument(error).toJson(QJsonDocument::Compact));
        }
        const QJsonObject body {
            { QLatin1String("modelfile"), QStringLiteral("FROM %1").arg(model) },
            { QLatin1String("details"), QJsonObject { { QLatin1String("format"), QStringLiteral("gguf") },
                                                      { QLatin1String("family"), QStringLiteral("llama") } } },
            { QLatin1String("capabilities"), QJsonArray::fromStringList(capabilities.value(model)) },
        };
        return MockResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
}

// --- OpenRouter account and stats endpoints (GET /key, /credits, /generation) ---

void MockProvider::enqueueAccount(const QByteArray& endpoint, const MockResponse& response)
{
    m_account[endpoint].append(response);
}

int MockProvider::pendingAccountResponses() const
{
    int n = 0;
    for (const QList<MockResponse>& q : m_account)
        n += int(q.size());
    return n;
}

bool MockProvider::answerAccount(QTcpSocket* socket, const RecordedRequest& request)
{
    if (request.method != "GET")
        return false;
    const QByteArray path = request.path.left(request.path.indexOf('?') < 0 ? request.path.size() : request.path.indexOf('?'));
    for (const char* endpoint : { "key", "credits", "generation" }) {
        if (!path.endsWith(QByteArray(QByteArray("/api/v1/") + endpoint)))
            continue;
        QList<MockResponse>& queue = m_account[endpoint];
        respond(socket, queue.isEmpty() ? MockResponse::json(404, R"({"error":{"code":404,"message":"Not found"}})")
                                        : queue.takeFirst());
        return true;
    }
    return false;
}
