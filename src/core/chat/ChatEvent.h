#pragma once

#include "TokenUsage.h"

#include <QString>

// What a stream parser makes of provider bytes.
struct ChatEvent {
    enum class Type {
        TextDelta,      // text: a piece of the answer
        ReasoningDelta, // text: a piece of the model's thinking, kept apart from the answer
        Metadata,       // generationId / model / upstreamProvider as the provider reports them
        Usage,          // usage: tokens and reported cost
        Finish,         // text: finish reason ("stop", "length", ...)
        Error,          // text: provider's message, code: provider's code (error after HTTP 200)
        Done,           // the provider's explicit end of stream
    };

    Type type = Type::TextDelta;
    QString text;
    QString code;
    QString generationId;
    QString model;
    QString upstreamProvider;
    TokenUsage usage;

    static ChatEvent textDelta(const QString& t) { return make(Type::TextDelta, t); }
    static ChatEvent reasoningDelta(const QString& t) { return make(Type::ReasoningDelta, t); }
    static ChatEvent finish(const QString& reason) { return make(Type::Finish, reason); }
    static ChatEvent done() { return make(Type::Done, {}); }
    static ChatEvent error(const QString& message, const QString& code)
    {
        ChatEvent e = make(Type::Error, message);
        e.code = code;
        return e;
    }

private:
    static ChatEvent make(Type type, const QString& t)
    {
        ChatEvent e;
        e.type = type;
        e.text = t;
        return e;
    }
};
