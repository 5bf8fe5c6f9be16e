#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QJsonObject;
class ProviderRegistry;
class QSettings;
struct ChatParams;
struct ProviderPreset;

// Settings that are not secrets, in QSettings (AppConfigLocation), each with its
// default in one place. Call sites never spell a raw key.
class AppSettings final {
public:
    AppSettings();
    ~AppSettings();

    QString defaultProvider() const;
    void setDefaultProvider(const QString& id);

    // The base URL the user set for a provider, or empty for the preset's.
    QString baseUrlOverride(const QString& providerId) const;
    void setBaseUrlOverride(const QString& providerId, const QString& url);
    QString effectiveBaseUrl(const ProviderPreset& preset) const;

    // Providers the user added: each a preset in JSON form (no key; keys live in the keychain).
    QList<QJsonObject> customProviders() const;
    void setCustomProviders(const QList<QJsonObject>& providers);
    // Writes the registry's custom providers as they are now (after an add or a remove) and syncs.
    void saveCustomProviders(const ProviderRegistry& registry);

    // Spending limits, each an object (see usage/Budgets).
    QList<QJsonObject> budgets() const;
    void setBudgets(const QList<QJsonObject>& budgets);

    // The system prompt and parameters a new conversation starts with (none by default).
    ChatParams defaultChatParams() const;
    // Images with a longer side over 2048 px are scaled down before they are attached.
    bool scaleImages() const;
    void setScaleImages(bool scale);
    void setDefaultChatParams(const ChatParams& params);

    QString lastModel(const QString& providerId) const;
    void setLastModel(const QString& providerId, const QString& model);

    // A user's own price for a model, USD per million tokens:
    // {prompt, completion[, cache read[, cache write]]}; empty when none.
    QStringList priceOverride(const QString& providerId, const QString& model) const;
    void setPriceOverride(const QString& providerId, const QString& model, const QStringList& perMillion);

    int idleTimeoutSeconds() const; // no bytes for this long ends a request
    void setIdleTimeoutSeconds(int seconds);
    int maxRetries() const;         // retries of 429/5xx before the first byte

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);
    // "system" (follow the desktop's palette), "light" or "dark".
    QString theme() const;
    void setTheme(const QString& theme);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
