#pragma once

#include "ChatRunner.h"
#include "chat/ChatOutcome.h"
#include "chat/ChatRequest.h"
#include "money/Money.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>
#include <vector>

class AppContext;
class Database;

// One prompt to two to six models at once ("quickly compare models"): one ChatRunner per
// model, any providers mixed, all sent together. Each request is its own ledger row; the
// rows of one run share a compare group id. A model that fails or is stopped leaves the
// others running.
class CompareRun final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareRun)

public:
    static constexpr int kMinModels = 2;
    static constexpr int kMaxModels = 6;

    struct Target {
        QString providerId;
        QString model;
        QString baseUrlOverride; // empty: the provider's configured base URL
    };

    // What a column shows, live while it streams and final once it ended.
    struct Figures {
        QString status; // waiting, streaming, or how it ended: done, error, cancelled, timeout, truncated
        qint64 ttftMs = -1;            // -1: no token yet
        std::optional<double> tokensPerSecond; // completion tokens over the time after the first
        bool tokensEstimated = false;  // while streaming: counted from the characters (about four each)
        std::optional<qint64> promptTokens;
        std::optional<qint64> completionTokens;
        std::optional<Money::Amount> cost; // none: unknown, never zero
        QString costSource = QStringLiteral("unknown"); // reported | computed | local | unknown
        qint64 durationMs = 0;
    };

    // One sentence when a run cannot have this many models; empty when it can.
    static QString countProblem(int models);

    explicit CompareRun(AppContext* context, QObject* parent = nullptr);
    ~CompareRun() override;

    void setOptions(const ChatRunner::Options& options) { m_options = options; }

    // Sends base (its messages and parameters) to every target at once. base's provider,
    // models and base URL are replaced by each target's. Outside 2..6 targets, or while a
    // run is under way: false, error says why, nothing is sent. conversationId: the chat the
    // ledger rows count for (0: none).
    bool start(const ChatRequest& base, const QList<Target>& targets, qint64 conversationId = 0, QString* error = nullptr);
    void stop(int column);
    void stopAll();

    QString groupId() const { return m_group; }
    int count() const { return int(m_columns.size()); }
    bool isRunning() const;
    bool isRunning(int column) const;
    bool anyFailed() const; // a finished column that did not end with "done"

    const Target& target(int column) const { return m_columns.at(std::size_t(column)).target; }
    // The answer so far (final once the column ended).
    QString text(int column) const;
    QString reasoning(int column) const;
    // The outcome of an ended column (empty before).
    const ChatOutcome& outcome(int column) const { return m_columns.at(std::size_t(column)).outcome; }
    Figures figures(int column) const;

    // "Continue with this one": the prompt as a user message after parentId, the column's
    // answer as the assistant message (its model, linked to its ledger row), the model made
    // the chat's. A new conversation, with params as its settings, when conversationId is 0.
    // The conversation's id, or 0 when storage refused (nothing half written stays).
    static qint64 keepInConversation(Database* db, qint64 conversationId, qint64 parentId, const QString& prompt,
                                     const Target& target, const ChatOutcome& outcome, const ChatParams& params);

Q_SIGNALS:
    void textDelta(int column, const QString& text);
    void reasoningDelta(int column, const QString& text);
    void retrying(int column, int attempt, int delayMs);
    void columnFinished(int column, const ChatOutcome& outcome);
    void finished(); // every column has ended

private:
    struct Column {
        Target target;
        ChatRunner* runner = nullptr;
        ChatOutcome outcome;
        qint64 ttftMs = -1;
        qint64 streamedChars = 0;
        bool ended = false;
        std::optional<Money::Amount> cost;
        QString costSource = QStringLiteral("unknown");
    };
    void onColumnFinished(int column, const ChatOutcome& outcome);

    AppContext* m_context;
    ChatRunner::Options m_options;
    std::vector<Column> m_columns;
    QString m_group;
    QElapsedTimer m_clock;
};
