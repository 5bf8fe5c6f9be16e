#include "ChatRunner.h"

#include "openrouter/GenerationBackfill.h"

#include "AppContext.h"
#include "chat/ChatEvent.h"
#include "catalog/CatalogStore.h"
#include "catalog/PriceBook.h"
#include "net/ErrorText.h"
#include "net/HttpStream.h"
#include "openrouter/GenerationBackfill.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderPreset.h"
#include "providers/ProviderRegistry.h"
#include "RequestBody.h"
#include "secrets/KeyStore.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"
#include "storage/LedgerEntry.h"
#include "storage/UsageLedger.h"
#include "util/Log.h"
#include "util/Redact.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

ChatRunner::ChatRunner(AppContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_saveTimer(new QTimer(this))
{
    m_saveTimer->setObjectName(QStringLiteral("chatRunnerSaveTimer")); // named for bench traces
    m_saveTimer->setSingleShot(true);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveProgress(QStringLiteral("streaming")); });
}

ChatRunner::~ChatRunner()
{
    // Still running: the ledger row and the partial answer are written, but nobody
    // is told, since whoever listens may be half destroyed by now.
    const QSignalBlocker silence(this);
    if (m_running)
        cancel();
}

void ChatRunner::start(const ChatRequest& request, qint64 conversationId, qint64 assistantMessageId,
                       const QString& keptText, const QString& keptReasoning)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancelRequested = false;
    m_sawDone = false;
    m_sawStreamError = false;
    m_lineTooLong = false;
    m_lineBytes = 0;
    m_streamError.clear();
    m_streamErrorCode.clear();
    m_key.clear();
    m_ledgerId = 0;
    m_ledgerError.clear();
    m_outcome = ChatOutcome();
    m_request = request;
    m_conversationId = conversationId;
    m_messageId = assistantMessageId;
    m_keptText = keptText;
    m_keptReasoning = keptReasoning;
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_clock.start();

    m_preset = std::make_unique<ProviderPreset>(m_context->providers()->find(request.providerId));
    if (!m_preset->isValid()) {
        finishWithoutRequest(ErrorKind::BadRequest,
                             tr("Switchyard does not know the provider \"%1\"; choose one of: %2.")
                                 .arg(request.providerId, m_context->providers()->ids().join(QStringLiteral(", "))));
        return;
    }
    m_adapter = ProviderAdapter::create(m_preset->protocol);
    if (!m_adapter) {
        finishWithoutRequest(ErrorKind::BadRequest,
                             tr("The provider %1 uses the protocol \"%2\", which this version cannot speak; update Switchyard.")
                                 .arg(m_preset->name, m_preset->protocol));
        return;
    }
    QPointer<ChatRunner> self(this);
    m_context->keys()->resolve(*m_preset, [self](KeyStore::Status status, const QString& key, KeyStore::Source) {
        if (!self || !self->m_running)
            return;
        if (self->m_cancelRequested) {
            self->finishWithoutRequest(ErrorKind::Cancelled, tr("Stopped before anything was sent."));
            return;
        }
        if (status == KeyStore::Status::Ok || !self->m_preset->needsKey) {
            self->sendWithKey(key);
            return;
        }
        if (status == KeyStore::Status::Unavailable || status == KeyStore::Status::Failed)
            self->finishWithoutRequest(ErrorKind::KeychainUnavailable,
                                       ErrorText::forKeychainUnavailable(self->m_preset->keyEnv));
        else
            self->finishWithoutRequest(ErrorKind::MissingKey,
                                       ErrorText::forMissingKey(self->m_preset->name, self->m_preset->id,
                                                                self->m_preset->keyEnv));
    });
}

void ChatRunner::sendWithKey(const QString& key)
{
    m_key = key;
    const QUrl baseUrl(m_request.baseUrlOverride.isEmpty() ? m_preset->baseUrl : m_request.baseUrlOverride);
    if (!baseUrl.isValid() || baseUrl.scheme().isEmpty() || baseUrl.host().isEmpty()) {
        finishWithoutRequest(ErrorKind::BadRequest,
                             tr("The base URL \"%1\" is not a valid http(s) address; correct it and try again.")
                                 .arg(baseUrl.toString()));
        return;
    }
    // The body, with the stored history before it, is built on a worker thread: a long
    // conversation is megabytes to read and to write, far more than one frame of the window.
    auto* preparing = new QFutureWatcher<PreparedBody>(this);
    m_preparing = preparing;
    connect(preparing, &QFutureWatcherBase::finished, this, [this, preparing, baseUrl] {
        preparing->deleteLater();
        m_preparing = nullptr;
        const PreparedBody prepared = preparing->result();
        if (m_cancelRequested) {
            finishWithoutRequest(ErrorKind::Cancelled, tr("Stopped before anything was sent."));
            return;
        }
        if (!prepared.error.isEmpty()) {
            if (prepared.storage)
                m_outcome.storageError = prepared.error;
            finishWithoutRequest(ErrorKind::BadRequest, prepared.error);
            return;
        }
        m_outcome.warning = prepared.notSent;
        post(baseUrl, prepared.body);
    });
    Database* db = m_context->database();
    const std::optional<ModelInfo> model = db ? CatalogStore(db).find(m_preset->id, m_request.primaryModel()) : std::nullopt;
    preparing->setFuture(QtConcurrent::run(prepareRequestBody, db ? db->path() : QString(), *m_preset, m_request, model));
}

void ChatRunner::post(const QUrl& baseUrl, const QByteArray& body)
{
    const QNetworkRequest req = m_adapter->chatRequest(*m_preset, baseUrl, m_key, m_request);
    m_parser = m_adapter->createStreamParser();

    auto* stream = new HttpStream(m_context->network(), req, body, this);
    stream->setIdleTimeout(m_options.idleTimeoutMs);
    stream->setTotalTimeout(m_options.totalTimeoutMs);
    stream->setRetryPolicy(m_options.maxRetries, m_options.retryBaseDelayMs, m_options.retryMaxDelayMs);
    connect(stream, &HttpStream::dataReceived, this, &ChatRunner::onData);
    connect(stream, &HttpStream::retrying, this, [this](int attempt, int delayMs, int) {
        Q_EMIT retrying(attempt, delayMs);
    });
    connect(stream, &HttpStream::finished, this, [this](const HttpStream::Result& r) {
        m_redirectTarget = r.redirectTarget;
        onStreamFinished(r.kind, r.httpStatus, r.networkDetail, r.errorBody);
    });
    m_stream = stream;
    qCInfo(lcChat).noquote() << "chat request to" << m_preset->id << "model" << m_request.primaryModel();
    // In the ledger before the first byte goes out: a kill at any moment leaves the record.
    // Rows an earlier request could not write go first. A failure here does not stop the
    // request (the user asked for it); the final write tries again and says so if it fails.
    m_context->retryUnsaved();
    m_ledgerId = UsageLedger(m_context->database()).begin(ledgerRow(), &m_ledgerError);
    if (m_ledgerId && m_messageId)
        ConversationStore(m_context->database()).setLedgerId(m_messageId, m_ledgerId);
    m_sinceHeartbeat.start();
    stream->start();
}

void ChatRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (m_stream) {
        m_stream->cancel();
    } else if (m_preparing) {
        // The body is being built: nothing has gone out. Stop now; the worker's result is
        // dropped when it comes.
        m_preparing->disconnect(this);
        m_preparing->deleteLater();
        m_preparing = nullptr;
        finishWithoutRequest(ErrorKind::Cancelled, tr("Stopped before anything was sent."));
    }
    // Otherwise the key lookup is in flight; its callback sees m_cancelRequested.
}

void ChatRunner::onData(const QByteArray& bytes)
{
    if (m_lineTooLong)
        return;
    const qsizetype lastFeed = bytes.lastIndexOf('\n');
    m_lineBytes = lastFeed < 0 ? m_lineBytes + bytes.size() : bytes.size() - lastFeed - 1;
    if (m_lineBytes > m_options.maxLineBytes) {
        qCInfo(lcChat) << "a line of the reply passed" << m_options.maxLineBytes << "bytes; stopping";
        m_lineTooLong = true;
        if (m_stream)
            QTimer::singleShot(0, m_stream, &HttpStream::cancel);
        return;
    }
    QList<ChatEvent> events;
    m_parser->feed(bytes, events);
    handleEvents(events);
    if (m_ledgerId && m_sinceHeartbeat.elapsed() >= 1000) {
        m_sinceHeartbeat.restart();
        UsageLedger(m_context->database()).heartbeat(m_ledgerId, m_clock.elapsed(), m_outcome.ttftMs);
    }
}

void ChatRunner::handleEvents(const QList<ChatEvent>& events)
{
    for (const ChatEvent& e : events) {
        switch (e.type) {
        case ChatEvent::Type::TextDelta:
        case ChatEvent::Type::ReasoningDelta:
            if (m_outcome.ttftMs < 0)
                m_outcome.ttftMs = m_clock.elapsed();
            if (e.type == ChatEvent::Type::TextDelta) {
                m_outcome.text += e.text;
                Q_EMIT textDelta(e.text);
            } else {
                m_outcome.reasoning += e.text;
                Q_EMIT reasoningDelta(e.text);
            }
            if (m_messageId && !m_saveTimer->isActive())
                m_saveTimer->start(m_options.saveIntervalMs);
            break;
        case ChatEvent::Type::Metadata:
            if (!e.model.isEmpty())
                m_outcome.modelServed = e.model;
            if (!e.upstreamProvider.isEmpty())
                m_outcome.upstreamProvider = e.upstreamProvider;
            if (!e.generationId.isEmpty())
                m_outcome.generationId = e.generationId;
            break;
        case ChatEvent::Type::Usage:
            m_outcome.usage.mergeFrom(e.usage);
            break;
        case ChatEvent::Type::Finish:
            m_outcome.finishReason = e.text;
            break;
        case ChatEvent::Type::Error:
            if (!m_sawStreamError) {
                m_sawStreamError = true;
                m_streamError = e.text;
                m_streamErrorCode = e.code;
            }
            break;
        case ChatEvent::Type::Done:
            m_sawDone = true;
            // The provider said it is finished: do not wait for it to close the body.
            if (m_stream)
                QTimer::singleShot(0, m_stream, &HttpStream::complete);
            break;
        }
    }
}

void ChatRunner::onStreamFinished(ErrorKind kind, int httpStatus, const QString& networkDetail,
                                  const QByteArray& errorBody)
{
    m_stream->deleteLater();
    m_stream = nullptr;
    if (!m_lineTooLong
        && (kind == ErrorKind::None || kind == ErrorKind::Network || kind == ErrorKind::Timeout
            || kind == ErrorKind::Cancelled)) {
        // Whatever arrived still counts: flush what the parser holds.
        QList<ChatEvent> events;
        if (m_parser)
            m_parser->finish(events);
        handleEvents(events);
    }
    m_outcome.httpStatus = httpStatus;
    const QString& name = m_preset->name;
    const QString host = QUrl(m_request.baseUrlOverride.isEmpty() ? m_preset->baseUrl : m_request.baseUrlOverride)
                             .toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo);

    // A refused redirect ends as a network error although a 3xx status arrived.
    const bool httpError = kind != ErrorKind::Network && httpStatus != 0 && (httpStatus < 200 || httpStatus >= 300);
    if (httpError) {
        m_outcome.status = RequestStatus::Error;
        m_outcome.errorKind = m_adapter->errorKind(httpStatus, errorBody);
        m_outcome.message = ErrorText::forHttpStatus(m_outcome.errorKind, httpStatus, name, m_preset->id,
                                                     m_adapter->errorMessage(errorBody));
    } else if (m_lineTooLong) {
        m_outcome.status = RequestStatus::Error;
        m_outcome.errorKind = ErrorKind::Protocol;
        m_outcome.message = ErrorText::forOversizedLine(name, int(m_options.maxLineBytes / (1024 * 1024)));
    } else if (m_sawStreamError) {
        m_outcome.status = RequestStatus::Error;
        m_outcome.errorKind = ErrorKind::Provider;
        m_outcome.message = ErrorText::forStreamError(name, m_streamError);
    } else {
        switch (kind) {
        case ErrorKind::None:
            if (m_sawDone) {
                m_outcome.status = RequestStatus::Done;
            } else {
                m_outcome.status = RequestStatus::Truncated;
                m_outcome.errorKind = ErrorKind::Truncated;
                m_outcome.message = ErrorText::forTruncated(name);
            }
            break;
        case ErrorKind::Cancelled:
            m_outcome.status = RequestStatus::Cancelled;
            m_outcome.errorKind = ErrorKind::Cancelled;
            m_outcome.message = tr("Stopped; the partial answer was kept.");
            break;
        case ErrorKind::Timeout:
            m_outcome.status = RequestStatus::Timeout;
            m_outcome.errorKind = ErrorKind::Timeout;
            m_outcome.message = networkDetail == QLatin1String("deadline")
                ? ErrorText::forDeadline(name, qMax(1, m_options.totalTimeoutMs / 1000))
                : ErrorText::forTimeout(name, qMax(1, m_options.idleTimeoutMs / 1000));
            break;
        case ErrorKind::Network:
            m_outcome.status = RequestStatus::Error;
            m_outcome.errorKind = ErrorKind::Network;
            m_outcome.message = networkDetail == QLatin1String("redirect")
                ? ErrorText::forRedirect(name, host, m_redirectTarget)
                : ErrorText::forNetwork(name, host, networkDetail, m_preset->startHint);
            break;
        default:
            m_outcome.status = RequestStatus::Error;
            m_outcome.errorKind = kind;
            m_outcome.message = ErrorText::forNetwork(name, host, networkDetail, m_preset->startHint);
            break;
        }
    }
    // Broken pieces were dropped; say how many rather than nothing.
    if (m_parser && m_parser->skippedItems() > 0) {
        const QString skipped = tr("%n piece(s) of the reply could not be read and were skipped.", nullptr,
                                   m_parser->skippedItems());
        if (m_outcome.ok())
            m_outcome.warning = m_outcome.warning.isEmpty() ? skipped : m_outcome.warning + u' ' + skipped;
        else
            m_outcome.message += u' ' + skipped;
    }
    // A provider may echo the key back in an error; it never goes further.
    m_outcome.message = Redact::scrub(m_outcome.message, m_key);
    m_key.clear();
    complete();
}

void ChatRunner::finishWithoutRequest(ErrorKind kind, const QString& message)
{
    m_outcome.status = kind == ErrorKind::Cancelled ? RequestStatus::Cancelled : RequestStatus::Error;
    m_outcome.errorKind = kind;
    m_outcome.message = message;
    m_outcome.durationMs = m_clock.elapsed();
    saveProgress(QStringLiteral("interrupted"), message);
    m_running = false;
    Q_EMIT finished(m_outcome);
}

LedgerEntry ChatRunner::ledgerRow() const
{
    LedgerEntry row;
    row.startedAtMs = m_startedAtMs;
    row.provider = m_preset->id;
    row.modelRequested = m_request.primaryModel();
    row.modelServed = m_outcome.modelServed;
    row.upstreamProvider = m_outcome.upstreamProvider;
    row.promptTokens = m_outcome.usage.promptTokens;
    row.completionTokens = m_outcome.usage.completionTokens;
    row.reasoningTokens = m_outcome.usage.reasoningTokens;
    row.cachedTokens = m_outcome.usage.cachedTokens;
    row.cacheWriteTokens = m_outcome.usage.cacheWriteTokens;
    if (m_outcome.ttftMs >= 0)
        row.ttftMs = m_outcome.ttftMs;
    row.durationMs = m_outcome.durationMs;
    row.status = requestStatusName(m_outcome.status);
    row.errorKind = errorKindName(m_outcome.errorKind);
    row.httpStatus = m_outcome.httpStatus;
    row.generationId = m_outcome.generationId;
    row.conversationId = m_conversationId;
    row.baseUrl = m_request.baseUrlOverride.isEmpty() ? m_preset->baseUrl : m_request.baseUrlOverride;
    row.compareGroup = m_request.compareGroup;
    row.routing = m_adapter ? m_adapter->routingRecord(*m_preset, m_request) : QString();
    return row;
}

void ChatRunner::complete()
{
    m_saveTimer->stop();
    m_outcome.durationMs = m_clock.elapsed();

    LedgerEntry row = ledgerRow();
    if (m_outcome.usage.cost) {
        row.cost = m_outcome.usage.cost;
        row.costSource = QStringLiteral("reported");
    } else if (m_preset->local) {
        row.cost = Money::Amount(0);
        row.costSource = QStringLiteral("local");
    } else {
        // No reported cost: price it from what the provider says served it, else what was asked.
        for (const QString& model : { m_outcome.modelServed, m_request.primaryModel() }) {
            const auto cost = m_context->prices()->find(*m_preset, model).costOf(m_outcome.usage);
            if (cost) {
                row.cost = cost;
                row.costSource = QStringLiteral("computed");
                break;
            }
        }
    }
    // No request costs less than nothing or more than a thousand dollars; such a figure is a
    // provider's or a price list's mistake, and stored it would wreck every total.
    static const Money::Amount kMostPlausible = Money::fromPico(1000LL * 1000000000000LL);
    if (row.cost && (*row.cost < 0 || *row.cost > kMostPlausible)) {
        const QString disbelieved = tr("The cost of this request came out as $%1, which cannot be right; it is recorded as unknown.")
                                        .arg(Money::toDecimalString(*row.cost));
        m_outcome.warning = m_outcome.warning.isEmpty() ? disbelieved : m_outcome.warning + u' ' + disbelieved;
        qCInfo(lcChat).noquote() << "implausible cost" << Money::toDecimalString(*row.cost) << "from" << row.costSource;
        row.cost.reset();
        row.costSource = QStringLiteral("unknown");
        m_outcome.usage.cost.reset();
    }
    QString storageError;
    qint64 ledgerId = 0;
    if (!UsageLedger(m_context->database()).finish(m_ledgerId, row, &storageError, &ledgerId)) {
        // Nothing is lost silently: the sentence goes to the user, the row stays in memory.
        m_outcome.storageError = storageError.isEmpty() ? m_ledgerError : storageError;
        m_context->keepUnsaved(row);
    }
    m_outcome.ledgerId = ledgerId;
    // No reported cost, but the provider keeps the request's stats: look them up shortly.
    if (ledgerId && row.costSource != QLatin1String("reported") && !row.generationId.isEmpty()
        && GenerationBackfill::providerHasLookup(*m_preset))
        GenerationBackfill::enqueue(m_context->database(), ledgerId, row.generationId, row.provider, row.baseUrl,
                                    QDateTime::currentMSecsSinceEpoch());
    if (ledgerId && ledgerId != m_ledgerId && m_messageId)
        ConversationStore(m_context->database()).setLedgerId(m_messageId, ledgerId);

    saveProgress(m_outcome.ok() ? QStringLiteral("complete") : QStringLiteral("interrupted"), m_outcome.message);
    qCInfo(lcChat).noquote() << "request ended:" << row.status << row.errorKind << "in" << row.durationMs << "ms";
    m_running = false;
    Q_EMIT finished(m_outcome);
}

void ChatRunner::saveProgress(const QString& state, const QString& notice)
{
    if (!m_messageId)
        return;
    ConversationStore store(m_context->database());
    store.updateMessage(m_messageId, m_keptText + m_outcome.text, m_keptReasoning + m_outcome.reasoning, state, notice);
    // Four saves a second of a growing answer fill the write-ahead log quickly; it is copied
    // into the file on a worker thread, never here (deferCheckpoints), every few seconds and
    // at the end.
    if (!m_sinceCheckpoint.isValid() || m_sinceCheckpoint.elapsed() >= 3000 || state != QLatin1String("streaming")) {
        m_sinceCheckpoint.start();
        Database::checkpointInBackground(m_context->database()->path());
    }
}
