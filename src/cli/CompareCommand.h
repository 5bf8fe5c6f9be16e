#pragma once

#include "session/ChatRunner.h"

class AppContext;
struct ChatRequest;

// `switchyard ask --compare -m A -m B [...] PROMPT`: the prompt to every model at once (the
// provider and base URL of `ask` apply to all), each answer printed under a header line as it
// ends, then a summary table; with --json one JSON object per model and line, in the order
// of -m, once all have ended. Exit 4 when any model failed, 6 when a ledger row could not be
// written, 130 when stopped by a signal.
namespace CompareCommand {

int run(AppContext& context, const ChatRequest& request, const ChatRunner::Options& options, bool json);

} // namespace CompareCommand
