#pragma once

#include <QString>

class AppContext;
class QCommandLineParser;
struct ChatRequest;

// `ask`'s request from its options: the preset (--preset), provider and models, the
// parameters (explicit flags over the preset's), the prompt and its files (-a). Prints one
// sentence and returns Cli::Usage on a bad option, an unknown preset, an unreadable or
// unsupported file; nothing is sent then. Prints the parameters the provider or the model
// does not take as one warning line, and leaves them out.
namespace AskRequest {

void addOptions(QCommandLineParser& parser);
int build(AppContext& context, const QCommandLineParser& parser, const QString& prompt, ChatRequest* request);

} // namespace AskRequest
