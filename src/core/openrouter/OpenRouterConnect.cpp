#include "OpenRouterConnect.h"

#include "net/HttpStream.h"
#include "providers/AdapterCommon.h"
#include "providers/ProviderPreset.h"
#include "secrets/KeyStore.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace {

constexpr qsizetype kMaxCallbackBytes = 16 * 1024;
constexpr int kExchangeTimeoutMs = 30000;

QByteArray randomBase64Url(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator* rng = QRandomGenerator::system();
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(rng->generate() & 0xff);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Compares without stopping at the first difference.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

OpenRouterConnect::OpenRouterConnect(QNetworkAccessManager* network, KeyStore* keys, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_keys(keys)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { finish(Result::TimedOut); });
}

OpenRouterConnect::~OpenRouterConnect()
{
    m_running = false; // no signal from a dying object
    if (m_stream)
        m_stream->cancel();
    closeListener();
}

bool OpenRouterConnect::appliesTo(const ProviderPreset& preset)
{
    return preset.id == QLatin1String("openrouter");
}

QUrl OpenRouterConnect::authPageFor(const QUrl& baseUrl)
{
    QUrl page = baseUrl;
    QString path = baseUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(QLatin1String("/api/v1")))
        path.chop(7);
    page.setPath(path + QStringLiteral("/auth"));
    page.setQuery(QString());
    page.setFragment(QString());
    return page;
}

QByteArray OpenRouterConnect::challengeFor(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString OpenRouterConnect::sentence(Result result, const QString& name, int httpStatus)
{
    switch (result) {
    case Result::Connected: return {};
    case Result::Cancelled: return tr("The %1 sign-in was cancelled; no key was stored.").arg(name);
    case Result::TimedOut:
        return tr("No answer came from the browser within five minutes, so no %1 key was stored; connect again.").arg(name);
    case Result::WrongState:
        return tr("The sign-in answer did not belong to this request (its state did not match), so no %1 key was stored; "
                  "connect again.")
            .arg(name);
    case Result::Denied:
        return tr("%1 sent no sign-in code back, so no key was stored; connect again and approve the request in the browser.").arg(name);
    case Result::Refused:
        return tr("%1 refused the sign-in code (HTTP %2), so no key was stored; connect again.").arg(name).arg(httpStatus);
    case Result::NetworkFailed:
        return tr("Could not reach %1 to finish the sign-in, so no key was stored; check the connection and connect again.").arg(name);
    case Result::BadAnswer:
        return tr("%1 answered the sign-in with something Switchyard cannot read, so no key was stored; connect again.").arg(name);
    case Result::KeychainFailed:
        return tr("%1 issued a key, but the system keychain is not available, so it was not stored; start your desktop's "
                  "keyring (Secret Service) and connect again.")
            .arg(name);
    case Result::ListenFailed:
        return tr("Switchyard could not open a local port to receive the %1 sign-in; try again.").arg(name);
    }
    return {};
}

bool OpenRouterConnect::start(const ProviderPreset& preset, const QString& baseUrl)
{
    cancel();
    m_preset = std::make_unique<ProviderPreset>(preset);
    m_calledBack = false;
    m_running = true;
    m_verifier = randomBase64Url(32);
    m_state = randomBase64Url(16);
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        QTimer::singleShot(0, this, [this] { finish(Result::ListenFailed); });
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &OpenRouterConnect::onConnection);

    m_callbackUrl = QUrl(QStringLiteral("http://localhost:%1/callback").arg(m_server->serverPort()));
    QUrlQuery callbackQuery;
    callbackQuery.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    m_callbackUrl.setQuery(callbackQuery);

    const QUrl base(baseUrl);
    m_exchangeUrl = AdapterCommon::join(base, QStringLiteral("auth/keys"));
    m_authUrl = authPageFor(base);
    // Built by hand so the callback URL is percent-encoded exactly once.
    const QByteArray query = "callback_url=" + QUrl::toPercentEncoding(m_callbackUrl.toString(QUrl::FullyEncoded))
        + "&code_challenge=" + challengeFor(m_verifier) + "&code_challenge_method=S256";
    m_authUrl.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    m_timer->start(m_timeoutMs);
    return true;
}

bool OpenRouterConnect::isRunning() const
{
    return m_running;
}

void OpenRouterConnect::cancel()
{
    if (!m_running)
        return;
    finish(Result::Cancelled);
    if (m_stream)
        m_stream->cancel(); // its finished() reports nothing: this flow is over
}

void OpenRouterConnect::onConnection()
{
    while (QTcpSocket* socket = m_server ? m_server->nextPendingConnection() : nullptr) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onCallbackBytes(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void OpenRouterConnect::onCallbackBytes(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->read(kMaxCallbackBytes);
    if (socket->property("answered").toBool())
        return;
    if (buffer.size() > kMaxCallbackBytes) {
        answerBrowser(socket, 400, tr("Switchyard could not read this request."));
        return;
    }
    socket->setProperty("buffer", buffer);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    const QByteArray target = requestLine.value(1);
    const qsizetype mark = target.indexOf('?');
    const QByteArray path = mark < 0 ? target : target.left(mark);
    if (requestLine.value(0) != "GET" || path != "/callback" || m_calledBack || !m_running) {
        // A favicon, a probe, or a second answer: not the callback.
        answerBrowser(socket, 404, tr("Nothing to see here."));
        return;
    }
    m_calledBack = true;
    closeListener(); // one callback only
    // Some servers append "?code=" to a URL that already has a query: read both separators.
    QByteArray rawQuery = mark < 0 ? QByteArray() : target.mid(mark + 1);
    rawQuery.replace('?', '&');
    const QUrlQuery query(QString::fromLatin1(rawQuery));
    const QByteArray state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toLatin1();
    const QByteArray code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8();
    if (!sameBytes(state, m_state)) {
        finish(Result::WrongState, 0, socket);
        return;
    }
    if (code.isEmpty()) {
        finish(Result::Denied, 0, socket);
        return;
    }
    exchange(code, socket);
}

void OpenRouterConnect::exchange(const QByteArray& code, QTcpSocket* browser)
{
    QNetworkRequest request(m_exchangeUrl);
    AdapterCommon::setCommonHeaders(request, *m_preset, "application/json");
    const QJsonObject body { { QLatin1String("code"), QString::fromUtf8(code) },
                             { QLatin1String("code_verifier"), QString::fromLatin1(m_verifier) },
                             { QLatin1String("code_challenge_method"), QStringLiteral("S256") } };
    auto* stream = new HttpStream(m_network, request, QJsonDocument(body).toJson(QJsonDocument::Compact), this);
    stream->setIdleTimeout(kExchangeTimeoutMs);
    stream->setTotalTimeout(kExchangeTimeoutMs);
    stream->setRetryPolicy(0, 0, 0); // a code is used once
    m_answer.clear();
    QPointer<QTcpSocket> socket(browser);
    connect(stream, &HttpStream::dataReceived, this, [this](const QByteArray& bytes) {
        if (m_answer.size() < 64 * 1024)
            m_answer += bytes;
    });
    connect(stream, &HttpStream::finished, this, [this, stream, socket](const HttpStream::Result& r) {
        stream->deleteLater();
        if (!m_running)
            return;
        if (r.kind != ErrorKind::None) {
            const bool refused = r.httpStatus >= 400 && r.httpStatus < 500;
            finish(refused ? Result::Refused : Result::NetworkFailed, r.httpStatus, socket);
            return;
        }
        QString key = QJsonDocument::fromJson(m_answer).object().value(QLatin1String("key")).toString();
        m_answer.fill('\0');
        m_answer.clear();
        if (key.isEmpty() || key.contains(u'\n') || key.contains(u' ')) {
            finish(Result::BadAnswer, 0, socket);
            return;
        }
        storeKey(std::move(key), socket);
    });
    m_stream = stream;
    stream->start();
}

void OpenRouterConnect::storeKey(QString key, QTcpSocket* browser)
{
    QPointer<OpenRouterConnect> self(this);
    QPointer<QTcpSocket> socket(browser);
    m_keys->write(m_preset->id, key, [self, socket](KeyStore::Status status, const QString&) {
        if (!self || !self->m_running)
            return;
        self->finish(status == KeyStore::Status::Ok ? Result::Connected : Result::KeychainFailed, 0, socket);
    });
    key.fill(u'\0');
}

void OpenRouterConnect::finish(Result result, int httpStatus, QTcpSocket* browser)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    closeListener();
    const QString name = m_preset ? m_preset->name : QStringLiteral("OpenRouter");
    const QString message = sentence(result, name, httpStatus);
    if (browser) {
        if (result == Result::Connected)
            answerBrowser(browser, 200, tr("Switchyard is connected to %1. You can close this tab.").arg(name));
        else
            answerBrowser(browser, 400, message + u' ' + tr("You can close this tab."));
    }
    qCInfo(lcKeys) << "OpenRouter connect finished:" << result;
    Q_EMIT finished(result, message);
}

void OpenRouterConnect::answerBrowser(QTcpSocket* socket, int status, const QString& text)
{
    if (!socket || socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    const QByteArray html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Switchyard</title></head>"
                            "<body style=\"font-family:sans-serif;margin:3em\"><p>"
        + text.toHtmlEscaped().toUtf8() + "</p></body></html>\n";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : status == 404 ? " Not Found" : " Bad Request");
    head += "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(html.size()) + "\r\n\r\n";
    socket->write(head + html);
    // A small page on loopback: flush it now, so that a CLI that ends right after
    // finished() still answers the browser.
    socket->waitForBytesWritten(2000);
    socket->disconnectFromHost();
}

void OpenRouterConnect::closeListener()
{
    if (!m_server)
        return;
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
}
