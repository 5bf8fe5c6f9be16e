#pragma once

#include "chat/Attachment.h"

#include <QCoreApplication>
#include <QList>

class ProviderAdapter;
struct ChatRequest;
struct ModelInfo;
struct ProviderPreset;

// Before a request with files is sent: whether its provider and model take them, and
// about how many prompt tokens they add. Pure: no I/O. Images arrive already prepared (the
// GUI scales them to 2048 px before calling this), so the sizes checked are the sizes sent.
class AttachmentPolicy final {
    Q_DECLARE_TR_FUNCTIONS(AttachmentPolicy)

public:
    // One sentence when the request's files (the history's included) cannot be sent, empty
    // when they can: a kind the provider does not take (a PDF to Ollama), a model whose
    // catalog entry lists no such input (OpenRouter's input_modalities; none listed means
    // allowed), more than the provider's size limit, or a file whose bytes are missing.
    // bytesRead false: files read without their bytes (sizes only), judged by kind and size.
    static QString refusal(const ProviderPreset& preset, const ProviderAdapter& adapter, const ChatRequest& request,
                           const ModelInfo* model, bool bytesRead = true);
    // Approximate prompt tokens: a flat figure per image (the preset's imageTokens), a
    // figure per PDF page, a text file by its length (four characters a token).
    static qint64 estimatedTokens(const ProviderPreset& preset, const QList<Attachment>& attachments);
    static qint64 estimatedTokens(const ProviderPreset& preset, const ChatRequest& request);
    // The pages of a PDF, counted from its page objects; at least 1.
    static int pdfPages(const QByteArray& pdf);
    // The bytes a file takes in a request (base64).
    static qint64 sentBytes(const Attachment& a);
};
