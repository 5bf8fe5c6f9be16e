#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class HttpStream;
class KeyStore;
class QNetworkAccessManager;
class QTcpServer;
class QTcpSocket;
class QTimer;
struct ProviderPreset;

// "Connect with OpenRouter" (OAuth PKCE, PROTOCOLS.md A.10), so nobody pastes a key:
// a random verifier and its S256 challenge; a one-shot HTTP listener on 127.0.0.1 (a port
// chosen at run time) whose callback URL carries a random state; the browser is sent to
// the auth page with both; the code it brings back is exchanged at POST {base}/auth/keys
// and the key goes to the keychain and nowhere else: no log line, no message, no argv.
// The listener closes after one callback or after five minutes.
class OpenRouterConnect final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenRouterConnect)

public:
    enum class Result { Connected, Cancelled, TimedOut, WrongState, Denied, Refused, NetworkFailed, BadAnswer, KeychainFailed, ListenFailed };
    Q_ENUM(Result)

    static constexpr int kTimeoutMs = 5 * 60 * 1000;

    OpenRouterConnect(QNetworkAccessManager* network, KeyStore* keys, QObject* parent = nullptr);
    ~OpenRouterConnect() override;

    // The listener waits this long for the browser (default five minutes).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Opens the listener; then authUrl() is the page to open. baseUrl is the API root
    // (https://openrouter.ai/api/v1): the exchange goes to its /auth/keys, the auth page is
    // its origin's /auth. False (and finished() soon after) when no port could be opened.
    bool start(const ProviderPreset& preset, const QString& baseUrl);
    void cancel();
    bool isRunning() const;

    QUrl authUrl() const { return m_authUrl; }
    QUrl callbackUrl() const { return m_callbackUrl; }

    // Whether this flow is for the preset (OpenRouter's key endpoint); one place decides.
    static bool appliesTo(const ProviderPreset& preset);
    // https://openrouter.ai/api/v1 -> https://openrouter.ai/auth
    static QUrl authPageFor(const QUrl& baseUrl);
    // base64url(SHA-256(verifier)), without padding.
    static QByteArray challengeFor(const QByteArray& verifier);
    // One sentence for a result (the preset's name in it); empty for Connected.
    static QString sentence(Result result, const QString& providerName, int httpStatus = 0);

Q_SIGNALS:
    // Exactly once per start(). message: one sentence (empty when connected); never the key.
    void finished(OpenRouterConnect::Result result, const QString& message);

private:
    void onConnection();
    void onCallbackBytes(QTcpSocket* socket);
    void exchange(const QByteArray& code, QTcpSocket* browser);
    void storeKey(QString key, QTcpSocket* browser);
    void finish(Result result, int httpStatus = 0, QTcpSocket* browser = nullptr);
    void answerBrowser(QTcpSocket* socket, int status, const QString& text);
    void closeListener();

    QNetworkAccessManager* m_network;
    KeyStore* m_keys;
    QTcpServer* m_server = nullptr;
    QTimer* m_timer;
    QPointer<HttpStream> m_stream;
    std::unique_ptr<ProviderPreset> m_preset;
    QUrl m_authUrl;
    QUrl m_callbackUrl;
    QUrl m_exchangeUrl;
    QByteArray m_verifier;
    QByteArray m_state;
    QByteArray m_answer;
    int m_timeoutMs = kTimeoutMs;
    bool m_running = false;
    bool m_calledBack = false;
};
