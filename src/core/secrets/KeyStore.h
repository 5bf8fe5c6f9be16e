#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

struct ProviderPreset;

// API keys in the OS keychain (QtKeychain, insecure fallback off) and nowhere else.
// The provider's environment variable is read when the keychain has no key, never
// written. When no keychain is available, keys may live in memory for the session
// (setMemoryFallback), which the GUI announces with a banner.
class KeyStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)

public:
    enum class Status { Ok, NotFound, Unavailable, Failed };
    enum class Source { None, Keychain, Memory, Environment };
    using ReadCallback = std::function<void(Status, const QString& key, Source)>;
    using WriteCallback = std::function<void(Status, const QString& message)>;

    explicit KeyStore(QObject* parent = nullptr);
    ~KeyStore() override;

    void setServiceName(const QString& service) { m_service = service; }
    QString serviceName() const { return m_service; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // When true, reads and writes use a per-session in-memory map instead of the keychain.
    void setMemoryFallback(bool on) { m_memoryOnly = on; }
    bool memoryFallback() const { return m_memoryOnly; }

    // Tells whether a keychain answers at all (a read of an entry that need not exist).
    void probe(const std::function<void(bool available)>& done);

    void readStored(const QString& providerId, const ReadCallback& done);
    void write(const QString& providerId, const QString& key, const WriteCallback& done);
    void remove(const QString& providerId, const WriteCallback& done);

    // Keychain (or memory) first, then the provider's environment variable.
    void resolve(const ProviderPreset& preset, const ReadCallback& done);

    static QString sourceName(Source source);

private:
    QString m_service;
    QHash<QString, QString> m_memory;
    int m_timeoutMs = 20000;
    bool m_memoryOnly = false;
};
