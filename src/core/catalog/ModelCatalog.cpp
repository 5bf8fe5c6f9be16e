#include "ModelCatalog.h"

#include "CatalogStore.h"
#include "ModelInfo.h"
#include "net/ErrorText.h"
#include "net/HttpStream.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderPreset.h"
#include "session/AppContext.h"
#include "util/Redact.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QUrl>

ModelCatalog::ModelCatalog(AppContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_models(std::make_unique<QList<ModelInfo>>())
{
}

ModelCatalog::~ModelCatalog() = default;

bool ModelCatalog::isStale(const QString& provider, const QString& baseUrl) const
{
    const CatalogStore::Fetch last = CatalogStore(m_context->database()).lastFetch(provider);
    return last.fetchedAtMs == 0 || last.baseUrl != baseUrl
        || QDateTime::currentMSecsSinceEpoch() - last.fetchedAtMs > kStaleAfterMs;
}

void ModelCatalog::refresh(const ProviderPreset& preset, const QString& baseUrl, const QString& key)
{
    m_preset = std::make_unique<ProviderPreset>(preset);
    m_adapter = ProviderAdapter::create(preset.protocol);
    m_models->clear();
    m_baseUrl = baseUrl;
    m_key = key;
    m_pages = 0;
    if (!m_adapter) {
        fail(int(ErrorKind::BadRequest), tr("Switchyard cannot read %1's model list with this version.").arg(preset.name));
        return;
    }
    fetchPage({});
}

void ModelCatalog::fetchPage(const QString& cursor)
{
    ++m_pages;
    m_body.clear();
    const QNetworkRequest req = m_adapter->modelsRequest(*m_preset, QUrl(m_baseUrl), m_key, cursor);
    auto* stream = new HttpStream(m_context->network(), req, QByteArray(), this);
    stream->setIdleTimeout(30000);
    connect(stream, &HttpStream::dataReceived, this, [this](const QByteArray& bytes) { m_body += bytes; });
    connect(stream, &HttpStream::finished, this, [this, stream](const HttpStream::Result& r) {
        stream->deleteLater();
        const QString& name = m_preset->name;
        if (r.kind == ErrorKind::Network || r.kind == ErrorKind::Timeout) {
            const QString host = QUrl(m_baseUrl).toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo);
            fail(int(r.kind), r.kind == ErrorKind::Timeout ? ErrorText::forTimeout(name, 30)
                                                           : ErrorText::forNetwork(name, host, r.networkDetail, m_preset->startHint));
            return;
        }
        if (r.kind != ErrorKind::None) {
            const ErrorKind kind = m_adapter->errorKind(r.httpStatus, r.errorBody);
            fail(int(kind), ErrorText::forHttpStatus(kind, r.httpStatus, name, m_preset->id, m_adapter->errorMessage(r.errorBody)));
            return;
        }
        const ModelPage page = m_adapter->parseModels(m_body);
        if (!page.ok) {
            fail(int(ErrorKind::Protocol), tr("%1 answered the model list request with something Switchyard cannot read; "
                                              "check the base URL.").arg(name));
            return;
        }
        for (ModelInfo m : page.models) {
            m.provider = m_preset->id;
            m_models->append(m);
        }
        if (!page.nextCursor.isEmpty() && m_pages < kMaxPages) {
            fetchPage(page.nextCursor);
            return;
        }
        fetchDetails();
    });
    m_stream = stream;
    stream->start();
}

void ModelCatalog::fetchDetails()
{
    m_nextDetail = 0;
    m_detailsRunning = 0;
    if (m_models->isEmpty() || m_adapter->modelDetailsRequest(*m_preset, QUrl(m_baseUrl), m_key, m_models->first().id, nullptr).url().isEmpty()) {
        store();
        return;
    }
    for (int i = 0; i < kDetailsAtOnce; ++i)
        nextDetail();
}

// One model's details; a failure leaves the model as listed (unknown means allowed).
void ModelCatalog::nextDetail()
{
    const int count = int(qMin<qsizetype>(m_models->size(), kMaxDetails));
    if (m_nextDetail >= count) {
        if (m_detailsRunning == 0)
            store();
        return;
    }
    const int index = m_nextDetail++;
    ++m_detailsRunning;
    QByteArray body;
    const QNetworkRequest req = m_adapter->modelDetailsRequest(*m_preset, QUrl(m_baseUrl), m_key, m_models->at(index).id, &body);
    auto* stream = new HttpStream(m_context->network(), req, body, this);
    stream->setIdleTimeout(15000);
    stream->setTotalTimeout(30000);
    stream->setRetryPolicy(0, 0, 0);
    auto answer = std::make_shared<QByteArray>();
    connect(stream, &HttpStream::dataReceived, this, [answer](const QByteArray& bytes) {
        if (answer->size() < 4 * 1024 * 1024)
            *answer += bytes;
    });
    connect(stream, &HttpStream::finished, this, [this, stream, index, answer](const HttpStream::Result& r) {
        stream->deleteLater();
        if (r.kind == ErrorKind::None)
            m_adapter->applyModelDetails(*answer, (*m_models)[index]);
        --m_detailsRunning;
        nextDetail();
    });
    stream->start();
}

void ModelCatalog::store()
{
    CatalogStore(m_context->database()).replace(m_preset->id, m_baseUrl, *m_models);
    m_key.clear();
    Q_EMIT finished(m_preset->id, true, {}, int(ErrorKind::None));
}

void ModelCatalog::fail(int kind, const QString& message)
{
    const QString scrubbed = Redact::scrub(message, m_key);
    m_key.clear();
    Q_EMIT finished(m_preset->id, false, scrubbed, kind);
}
