#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class AppContext;
class HttpStream;
class ProviderAdapter;
struct ProviderPreset;
struct ModelInfo;

// Fetches a provider's model list (every page) and stores it with the time fetched.
class ModelCatalog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelCatalog)

public:
    static constexpr qint64 kStaleAfterMs = 24LL * 3600 * 1000;
    static constexpr int kMaxPages = 50;
    // Per-model details (Ollama's /api/show): this many at once, for at most kMaxDetails models.
    static constexpr int kDetailsAtOnce = 4;
    static constexpr int kMaxDetails = 500;

    explicit ModelCatalog(AppContext* context, QObject* parent = nullptr);
    ~ModelCatalog() override;

    // True when the stored list is missing, older than a day, or from another base URL.
    bool isStale(const QString& provider, const QString& baseUrl) const;
    void refresh(const ProviderPreset& preset, const QString& baseUrl, const QString& key);

Q_SIGNALS:
    // message: one sentence when ok is false.
    void finished(const QString& provider, bool ok, const QString& message, int errorKind);

private:
    void fetchPage(const QString& cursor);
    void fail(int kind, const QString& message);
    // After the last page: the details of each model, kDetailsAtOnce at a time, then store.
    void fetchDetails();
    void nextDetail();
    void store();

    AppContext* m_context;
    std::unique_ptr<ProviderPreset> m_preset;
    std::unique_ptr<ProviderAdapter> m_adapter;
    std::unique_ptr<QList<ModelInfo>> m_models;
    QPointer<HttpStream> m_stream;
    QByteArray m_body;
    QString m_baseUrl;
    QString m_key;
    int m_pages = 0;
    int m_nextDetail = 0;   // index into m_models of the next model to ask about
    int m_detailsRunning = 0;
};
