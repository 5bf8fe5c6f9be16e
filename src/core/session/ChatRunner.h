#pragma once

#include "chat/ChatOutcome.h"
#include "chat/ChatRequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class AppContext;
class HttpStream;
class ProviderAdapter;
class StreamParser;
class QTimer;
class QUrl;
struct ChatEvent;
struct LedgerEntry;
struct ProviderPreset;

// One request's life: key -> adapter -> HttpStream -> events -> message store
// (throttled saves) -> exactly one usage ledger row, whatever the end.
class ChatRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatRunner)

public:
    struct Options {
        int idleTimeoutMs = 90000;
        // The whole request; a server that only sends keep-alive comments is stopped here.
        int totalTimeoutMs = 30 * 60 * 1000;
        int maxRetries = 2;
        int retryBaseDelayMs = 1000;
        int retryMaxDelayMs = 20000;
        int saveIntervalMs = 250;
        // No SSE or NDJSON line of a chat reply comes near this; a longer one is a broken
        // or hostile server, and buffering it would let the server decide our memory.
        qsizetype maxLineBytes = 8 * 1024 * 1024;
    };

    explicit ChatRunner(AppContext* context, QObject* parent = nullptr);
    ~ChatRunner() override;

    void setOptions(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }

    // assistantMessageId: the row the answer is saved into as it streams (0: not saved).
    // keptText, keptReasoning: what that row already holds when an answer is continued; the
    // new text and reasoning are saved after them.
    void start(const ChatRequest& request, qint64 conversationId = 0, qint64 assistantMessageId = 0,
               const QString& keptText = {}, const QString& keptReasoning = {});
    // What the answer row holds by now, saved or not (the view re-reads a reset row from it).
    QString liveText() const { return m_keptText + m_outcome.text; }
    QString liveReasoning() const { return m_keptReasoning + m_outcome.reasoning; }
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void textDelta(const QString& text);
    void reasoningDelta(const QString& text);
    void retrying(int attempt, int delayMs);
    void finished(const ChatOutcome& outcome);

private:
    void sendWithKey(const QString& key);
    void post(const QUrl& baseUrl, const QByteArray& body);
    void onData(const QByteArray& bytes);
    void handleEvents(const QList<ChatEvent>& events);
    void onStreamFinished(ErrorKind kind, int httpStatus, const QString& networkDetail, const QByteArray& errorBody);
    void saveProgress(const QString& state, const QString& notice = {});
    void finishWithoutRequest(ErrorKind kind, const QString& message);
    void complete();
    LedgerEntry ledgerRow() const;

    AppContext* m_context;
    Options m_options;
    ChatRequest m_request;
    std::unique_ptr<ProviderPreset> m_preset;
    std::unique_ptr<ProviderAdapter> m_adapter;
    std::unique_ptr<StreamParser> m_parser;
    QPointer<HttpStream> m_stream;
    QObject* m_preparing = nullptr; // the watcher of the body being built on a worker thread
    QTimer* m_saveTimer;
    ChatOutcome m_outcome;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceHeartbeat;
    QElapsedTimer m_sinceCheckpoint;
    QString m_key;
    QString m_streamError;
    QString m_streamErrorCode;
    QString m_redirectTarget;
    QString m_keptText;
    QString m_keptReasoning;
    qint64 m_startedAtMs = 0;
    qint64 m_conversationId = 0;
    qint64 m_messageId = 0;
    qint64 m_ledgerId = 0; // the pending row written when the request was sent
    QString m_ledgerError;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_sawDone = false;
    bool m_sawStreamError = false;
    bool m_lineTooLong = false;
    qsizetype m_lineBytes = 0; // bytes since the last line feed of the body
};
