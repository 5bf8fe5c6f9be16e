<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChatRunner</name>
    <message>
        <location filename="../src/core/session/ChatRunner.cpp" line="61"/>
        <source>Switchyard does not know the provider &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/session/ChatRunner.cpp" line="68"/>
        <source>The provider %1 uses the protocol &quot;%2&quot;, which this version cannot speak; update Switchyard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/session/ChatRunner.cpp" line="77"/>
        <source>Stopped before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/session/ChatRunner.cpp" line="99"/>
        <source>The base URL &quot;%1&quot; is not a valid http(s) address; correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/session/ChatRunner.cpp" line="226"/>
        <source>Stopped; the partial answer was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../src/gui/ChatView.cpp" line="24"/>
        <source>&lt;h3&gt;Ask any model&lt;/h3&gt;&lt;p&gt;Pick a model above, type a question below and press Ctrl+Enter. Keys live in your system keychain (File → Settings); every request and what it cost is kept in your local ledger.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatView.cpp" line="63"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatView.cpp" line="63"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatView.cpp" line="140"/>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="63"/>
        <source>Ask a model; the answer streams to stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="66"/>
        <source>Provider id (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="67"/>
        <source>Model id; repeat for a fallback order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="68"/>
        <source>Use this base URL for this call (a proxy or a local server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="69"/>
        <source>System prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="70"/>
        <source>Print one JSON object with the answer, tokens and cost instead of streaming text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="71"/>
        <source>Give up when nothing arrives for this many seconds (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="72"/>
        <source>Upper bound on the answer&apos;s tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="73"/>
        <source>Sampling temperature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="75"/>
        <source>The question; read from stdin when absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="77"/>
        <source>switchyard ask: %1; see `switchyard ask --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="89"/>
        <source>switchyard ask: unknown provider &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="106"/>
        <source>switchyard ask: --max-tokens needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="115"/>
        <source>switchyard ask: --temperature needs a number such as 0.7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="125"/>
        <source>switchyard ask: --timeout needs a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="134"/>
        <source>switchyard ask: no prompt given; pass it as arguments or pipe it on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="166"/>
        <source>The provider is busy; trying again in %1 s (attempt %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="18"/>
        <source>Usage: switchyard [COMMAND] [OPTIONS]
With no command, Switchyard opens its window.

Commands:
  ask [-p PROVIDER] [-m MODEL]... [--base-url URL] [-s SYSTEM] [--json] [PROMPT...]
        Ask a model; the answer streams to stdout. The prompt comes from the
        arguments, else from stdin. Several -m give a fallback order.
  usage [--since DATE] [--until DATE] [--by model|provider|day|week|month|conversation]
        [--log] [--format table|csv|json]
        What the ledger recorded: requests, tokens and cost.
  keys set PROVIDER      Store a key in the system keychain (read from stdin).
  keys list              Where each provider&apos;s key comes from.
  keys delete PROVIDER   Remove a key from the keychain.

Exit codes: 0 ok, 2 usage error, 3 missing or rejected key, 4 provider or network
error, 5 keychain unavailable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="71"/>
        <source>switchyard: unknown command &quot;%1&quot;; run `switchyard --help` for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="30"/>
        <source>Paste the %1 API key and press Enter: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="32"/>
        <source>switchyard keys set: no key on stdin; pipe it in, for example: printf &apos;%s&apos; &quot;$KEY&quot; | switchyard keys set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="37"/>
        <source>switchyard keys set: the key has spaces or several lines; pipe in the key alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="48"/>
        <source>Saved the %1 key in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="51"/>
        <source>Could not save the %1 key because the system keychain is not available; start your desktop&apos;s keyring (Secret Service) and try again, or set %2 for this shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="53"/>
        <source>the key in the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="68"/>
        <source>Removed the %1 key from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="71"/>
        <source>No %1 key was stored in the keychain; nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="74"/>
        <source>Could not remove the %1 key because the system keychain is not available; start your desktop&apos;s keyring (Secret Service) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="97"/>
        <source>environment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="99"/>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="101"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="101"/>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="103"/>
        <source>keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="110"/>
        <source>The system keychain is not available; start your desktop&apos;s keyring (Secret Service) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="126"/>
        <source>switchyard keys: unknown provider &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="133"/>
        <source>switchyard keys set: the key is read from stdin, never from the command line; run: printf &apos;%s&apos; &quot;$KEY&quot; | switchyard keys set PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="137"/>
        <source>Usage: switchyard keys set PROVIDER | keys list | keys delete PROVIDER (the key is read from stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="108"/>
        <source>No requests in this range yet. Every `switchyard ask` and every chat in the window adds one.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/UsageCommand.cpp" line="117"/>
        <source> (+%n unknown)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="127"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="130"/>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="130"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="130"/>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="131"/>
        <source>completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="131"/>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="196"/>
        <source>No requests in this range yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="208"/>
        <source>What the ledger recorded: requests, tokens and cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="211"/>
        <source>From this local date (YYYY-MM-DD) or ISO date-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="212"/>
        <source>Up to and including this local date, or up to this ISO date-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="213"/>
        <source>Group by model, provider, day, week, month or conversation (default: model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="214"/>
        <source>One row per request instead of groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="215"/>
        <source>table, csv or json (default: table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="218"/>
        <source>switchyard usage: %1; see `switchyard usage --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="226"/>
        <source>switchyard usage: unexpected &quot;%1&quot;; see `switchyard usage --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="231"/>
        <source>switchyard usage: --since needs a date like 2026-11-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="235"/>
        <source>switchyard usage: --until needs a date like 2026-11-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="240"/>
        <source>switchyard usage: --format takes table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="245"/>
        <source>switchyard usage: --by takes model, provider, day, week, month or conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../src/gui/ConversationListModel.cpp" line="30"/>
        <source>%1
Last used %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="71"/>
        <source>Could not open the database %1 (%2); check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="154"/>
        <source>The database %1 was written by a newer Switchyard (schema %2, this version knows %3); update Switchyard or move the file aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="165"/>
        <source>A database migration is missing from this build; reinstall Switchyard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="177"/>
        <source>Could not upgrade the database %1 to schema %2 (%3); your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="187"/>
        <source>Could not save the database upgrade (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="46"/>
        <source>%1 rejected the API key%2; enter a valid key in Settings or run `switchyard keys set %3`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="49"/>
        <source>%1 refused this request%2; check the key&apos;s permissions or change the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="52"/>
        <source>%1 says the account is out of credits%2; add credits or choose a cheaper model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="55"/>
        <source>%1 does not know this model or address%2; check the model name and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="58"/>
        <source>%1 timed out while handling the request%2; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="60"/>
        <source>%1 is limiting how fast you can send requests%2; wait a minute and try again, or pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="63"/>
        <source>%1 had a server error (HTTP %2)%3; try again in a moment or pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="66"/>
        <source>%1 rejected the request (HTTP %2)%3; check the model name and the request settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="75"/>
        <source>Could not connect to %1 at %2; check that it is reachable and that the base URL is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="78"/>
        <source>Could not find the server %2 for %1; check your network connection and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="81"/>
        <source>The secure connection to %1 at %2 failed; check the base URL and the system clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="83"/>
        <source>The connection to %1 was lost; the partial answer was kept, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="88"/>
        <source>%1 sent nothing for %2 seconds, so the request was stopped; the partial answer was kept, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="95"/>
        <source>%1 stopped the reply with an error%2; the partial answer was kept, try again or pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="101"/>
        <source>The reply from %1 ended before it was complete; the partial answer was kept, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="108"/>
        <source>No API key is set for %1; add one in Settings or run `switchyard keys set %2`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="110"/>
        <source>No API key is set for %1; add one in Settings, run `switchyard keys set %2`, or set %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="116"/>
        <source>The system keychain is not available; start your desktop&apos;s keyring (Secret Service) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <location filename="../src/core/secrets/KeyStore.cpp" line="56"/>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="6"/>
        <source>Switchyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="17"/>
        <source>No system keychain is available: keys you enter are kept in memory for this session only. Start your desktop&apos;s keyring (Secret Service) to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="32"/>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="33"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="46"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="51"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="68"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="77"/>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="85"/>
        <source>Any model id the provider knows, e.g. deepseek/deepseek-chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="99"/>
        <source>Ask anything. Ctrl+Enter sends, Esc stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="108"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="109"/>
        <source>Send the prompt (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="115"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="116"/>
        <source>Stop the answer; what arrived is kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="137"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="144"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="152"/>
        <source>&amp;New Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="153"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="156"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="157"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="160"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="161"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="164"/>
        <source>&amp;About Switchyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="82"/>
        <source>About Switchyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="83"/>
        <source>&lt;b&gt;Switchyard %1&lt;/b&gt;&lt;p&gt;Every large language model behind one native window. Keys stay in your system keychain; every request is in your local ledger.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="96"/>
        <source>The provider is busy; trying again in %1 s (attempt %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="116"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="222"/>
        <source>Choose a model first, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="254"/>
        <source>Waiting for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="274"/>
        <source>Answered in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="284"/>
        <source>Served by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="286"/>
        <source>%1 in · %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="290"/>
        <source>tokens unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="292"/>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="293"/>
        <source>Charged by the provider: $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="311"/>
        <source>Rename Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="311"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="326"/>
        <source>Delete Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="327"/>
        <source>Delete &quot;%1&quot; and its messages? Its requests stay in the usage ledger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="6"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="11"/>
        <source>API keys are saved in your system keychain and nowhere else. A key set in the provider&apos;s environment variable is used when the keychain has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="24"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="28"/>
        <source>Give up when nothing arrives for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="34"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="27"/>
        <source>No system keychain is available, so keys you save here are kept in memory until Switchyard closes. Start your desktop&apos;s keyring to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="43"/>
        <source>Paste a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="45"/>
        <source>Save to Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="45"/>
        <source>Keep for This Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="48"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="54"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="61"/>
        <source>Leave empty for %1; set it to use a proxy or a compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="62"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="73"/>
        <source>Get a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="90"/>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="95"/>
        <source>A key is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="97"/>
        <source>A key is kept in memory for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="99"/>
        <source>Using the key from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="101"/>
        <source>No key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="103"/>
        <source>The system keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="111"/>
        <source>Paste a key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="123"/>
        <source>Could not save the key: the system keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="137"/>
        <source>Could not remove the key: the system keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
