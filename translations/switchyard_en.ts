<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/gui/AboutDialog.cpp" line="16"/>
        <source>About Switchyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AboutDialog.cpp" line="29"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AboutDialog.cpp" line="45"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AboutDialog.cpp" line="47"/>
        <source>Switchyard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AboutDialog.cpp" line="49"/>
        <source>Every large language model behind one native window. Keys stay in your system keychain; every request is in your local ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AboutDialog.cpp" line="52"/>
        <source>Switchyard is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty. &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AboutDialog.cpp" line="56"/>
        <source>It is built on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AboutDialog.cpp" line="57"/>
        <source>Qt: LGPL-3.0 or GPL-3.0; Qt Charts: GPL-3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AboutDialog.cpp" line="58"/>
        <source>QtKeychain: BSD-3-Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AboutDialog.cpp" line="58"/>
        <source>SQLite: public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AboutDialog.cpp" line="59"/>
        <source>GNU Source-highlight: GPL-3.0-or-later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnthropicAdapter</name>
    <message>
        <location filename="../src/core/providers/AnthropicAdapter.cpp" line="170"/>
        <source>%1 does not take a seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/AnthropicAdapter.cpp" line="173"/>
        <source>%1 does not take a temperature while extended thinking is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/AnthropicAdapter.cpp" line="177"/>
        <source>%1 takes a top_p of 0.95 or more while extended thinking is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/AnthropicAdapter.cpp" line="180"/>
        <source>%1 takes a temperature or top_p, not both; the temperature is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="161"/>
        <source>The file is larger than 1 GiB; split it into smaller files and import them one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="165"/>
        <source>The file is not JSON (%1 at byte %2); choose a Switchyard JSON export or the conversations.json of a ChatGPT data export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="170"/>
        <source>The file is JSON but neither a Switchyard export nor the conversations.json of a ChatGPT data export; choose one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="190"/>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="205"/>
        <source>The file holds no conversations; choose an export that holds at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="213"/>
        <source>The file cannot be imported: entry %1 of its conversations is not an object; fix the file or export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="225"/>
        <source>The file cannot be imported: conversation %1 %2; fix the file or export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="230"/>
        <source>is not marked &quot;format&quot;: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="233"/>
        <source>has no valid &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="235"/>
        <source>Conversation %1 of the file was written by a newer Switchyard (format version %2); update Switchyard to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="242"/>
        <source>has no &quot;title&quot; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="245"/>
        <source>has a &quot;provider&quot; or &quot;model&quot; that is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="251"/>
        <source>has a &quot;created_at&quot; or &quot;updated_at&quot; that is not a whole number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="252"/>
        <source>(&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="258"/>
        <source>has &quot;settings&quot; that cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="262"/>
        <source>has no &quot;messages&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="272"/>
        <source>message %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="275"/>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="278"/>
        <source>has no whole-number &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="283"/>
        <source>repeats id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="289"/>
        <source>has a &quot;parent&quot; that is not a message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="291"/>
        <source>is its own parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="296"/>
        <source>has no role of system, user or assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="298"/>
        <source>has no &quot;content&quot; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="305"/>
        <source>has a &quot;reasoning&quot;, &quot;model&quot; or &quot;notice&quot; that is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="310"/>
        <source>has a state other than complete, streaming or interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="314"/>
        <source>has a &quot;created_at&quot; that is not a whole number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="319"/>
        <source>has &quot;files&quot; that are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="326"/>
        <source>has file %1 without a &quot;name&quot; and base64 &quot;data&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="331"/>
        <source>has file %1 that cannot be attached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="340"/>
        <source>message %1 names parent %2, which is not in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="347"/>
        <source>has a &quot;current_leaf&quot; that is not one of its messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="352"/>
        <source>has messages whose parents form a cycle (message id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="363"/>
        <source>The file cannot be imported: entry %1 of this ChatGPT export is not a conversation with a &quot;mapping&quot;; export your data from ChatGPT again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="376"/>
        <source>Untitled ChatGPT conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="378"/>
        <source>The file cannot be imported: conversation %1 (&quot;%2&quot;) %3; export your data from ChatGPT again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="388"/>
        <source>has a &quot;mapping&quot; that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="401"/>
        <source>has a node %1 that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="407"/>
        <source>has a node %1 whose &quot;parent&quot; is not a node id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="421"/>
        <source>has a %1 message (node %2) without content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="425"/>
        <source>has a %1 message (node %2) without its &quot;parts&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="442"/>
        <source>has a node %1 whose parent %2 is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="478"/>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="485"/>
        <location filename="../src/core/storage/ArchiveReader.cpp" line="490"/>
        <source>has nodes whose parents form a cycle (near node %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <location filename="../src/core/chat/Attachment.cpp" line="43"/>
        <source>%1 is empty; there is nothing to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Attachment.cpp" line="68"/>
        <source>%1 is not an image (PNG, JPEG, WebP, GIF), a PDF or a UTF-8 text file, so it cannot be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Attachment.cpp" line="76"/>
        <source>%1 does not exist; check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Attachment.cpp" line="80"/>
        <source>%1 is a folder; attach the files in it one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Attachment.cpp" line="84"/>
        <source>%1 is %2 MB; no provider takes a file over %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Attachment.cpp" line="92"/>
        <source>%1 cannot be read (%2); check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Attachment.cpp" line="97"/>
        <source>%1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentPolicy</name>
    <message>
        <location filename="../src/core/providers/AttachmentPolicy.cpp" line="43"/>
        <source>%1 could not be read back from storage; attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/AttachmentPolicy.cpp" line="46"/>
        <source>%1 takes no PDF documents (%2); attach the text instead, or choose another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/AttachmentPolicy.cpp" line="47"/>
        <source>%1 takes no images (%2); remove it or choose another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/AttachmentPolicy.cpp" line="53"/>
        <source>%1 takes no images (%2); remove it or choose a model that takes images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/AttachmentPolicy.cpp" line="54"/>
        <source>%1 takes no files (%2); remove it or choose a model that takes files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/AttachmentPolicy.cpp" line="58"/>
        <source>%1 is %2 MB as sent; %3 takes at most %4 MB per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/AttachmentPolicy.cpp" line="65"/>
        <source>The attached files come to %1 MB as sent; %2 takes at most %3 MB per request. Remove some, or start a new chat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <location filename="../src/gui/chat/AttachmentTray.cpp" line="75"/>
        <source>Pasted image %1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/AttachmentTray.cpp" line="152"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/AttachmentTray.cpp" line="152"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/AttachmentTray.cpp" line="163"/>
        <location filename="../src/gui/chat/AttachmentTray.cpp" line="164"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <location filename="../ui/BudgetDialog.ui" line="6"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BudgetDialog.ui" line="10"/>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BudgetDialog.ui" line="12"/>
        <source>P&amp;rovider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BudgetDialog.ui" line="14"/>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BudgetDialog.ui" line="15"/>
        <source>any model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BudgetDialog.ui" line="16"/>
        <location filename="../src/gui/settings/BudgetDialog.cpp" line="98"/>
        <source>&amp;Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BudgetDialog.ui" line="17"/>
        <source>limit, USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BudgetDialog.ui" line="18"/>
        <source>&amp;Warn at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BudgetDialog.ui" line="19"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BudgetDialog.ui" line="19"/>
        <source>Warn when this share of the limit is spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BudgetDialog.ui" line="20"/>
        <source>&amp;Hard stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BudgetDialog.ui" line="20"/>
        <source>Block sending when the limit is reached (one click still sends a single request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetDialog.cpp" line="15"/>
        <source>Add Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetDialog.cpp" line="17"/>
        <source>Spending limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetDialog.cpp" line="18"/>
        <source>OpenRouter credit left falls below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetDialog.cpp" line="19"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetDialog.cpp" line="23"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetDialog.cpp" line="24"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetDialog.cpp" line="25"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetDialog.cpp" line="26"/>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetDialog.cpp" line="43"/>
        <source>Edit Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetDialog.cpp" line="65"/>
        <source>The limit is an amount in US dollars, such as 20 or 2.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetDialog.cpp" line="98"/>
        <source>&amp;Below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <location filename="../src/gui/settings/BudgetTableModel.cpp" line="59"/>
        <source>below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetTableModel.cpp" line="63"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetTableModel.cpp" line="63"/>
        <source>not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetTableModel.cpp" line="64"/>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetTableModel.cpp" line="65"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetTableModel.cpp" line="66"/>
        <source>Hard stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetTableModel.cpp" line="66"/>
        <source>Warn only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetTableModel.cpp" line="84"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetTableModel.cpp" line="85"/>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetTableModel.cpp" line="86"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetTableModel.cpp" line="87"/>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetTableModel.cpp" line="88"/>
        <source>Warn at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetTableModel.cpp" line="89"/>
        <source>When reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Budgets</name>
    <message>
        <location filename="../src/core/usage/Budgets.cpp" line="33"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/usage/Budgets.cpp" line="35"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/usage/Budgets.cpp" line="36"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/usage/Budgets.cpp" line="37"/>
        <location filename="../src/core/usage/Budgets.cpp" line="39"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/usage/Budgets.cpp" line="45"/>
        <source>OpenRouter credit left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/usage/Budgets.cpp" line="50"/>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/usage/Budgets.cpp" line="56"/>
        <source>Warning when OpenRouter credit left falls below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/usage/Budgets.cpp" line="57"/>
        <source>%1 budget for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/usage/Budgets.cpp" line="64"/>
        <source>OpenRouter credit left is %1, below %2; buy credits at openrouter.ai/settings/credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/usage/Budgets.cpp" line="68"/>
        <source>%1 is used up: %2 spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/usage/Budgets.cpp" line="69"/>
        <source>%1 is at %2%: %3 spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/usage/Budgets.cpp" line="229"/>
        <source>%1 is reached (%2 spent so far); sending is blocked until the period ends, raise the limit in Settings, or send this one request anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/usage/Budgets.cpp" line="236"/>
        <source>%1: %2 spent so far, and this request would bring it to about %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <location filename="../ui/BudgetsPage.ui" line="13"/>
        <source>Spending limits per day, week or month, for everything or one provider or model. Switchyard warns before a request would cross one; a hard stop asks before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BudgetsPage.ui" line="30"/>
        <source>&amp;Add Budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BudgetsPage.ui" line="36"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BudgetsPage.ui" line="42"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetsPage.cpp" line="46"/>
        <source>No budgets yet. Add one to be warned before spending runs away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetsPage.cpp" line="66"/>
        <source>Added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetsPage.cpp" line="82"/>
        <source>Changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/BudgetsPage.cpp" line="94"/>
        <source>Removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatParams</name>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="86"/>
        <source>The temperature must be a number from 0 to 2, such as 0.7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="88"/>
        <source>top_p must be a number above 0 and at most 1, such as 0.9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="90"/>
        <source>The maximum number of output tokens must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="92"/>
        <source>The reasoning budget must be a positive whole number of tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="94"/>
        <source>Choose a reasoning effort or a reasoning budget, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="97"/>
        <source>A stop sequence cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="101"/>
        <source>&quot;%1&quot; is not a model id; a fallback model is an id such as openai/gpt-4o-mini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="126"/>
        <source>system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="127"/>
        <source>temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="128"/>
        <source>top_p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="129"/>
        <source>max output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="130"/>
        <source>reasoning effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="131"/>
        <source>reasoning budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="132"/>
        <source>stop sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="133"/>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="134"/>
        <source>fallback models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="135"/>
        <source>provider routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="216"/>
        <source>The setting &quot;%1&quot; must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="227"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="233"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="242"/>
        <location filename="../src/core/chat/ChatParams.cpp" line="247"/>
        <location filename="../src/core/chat/ChatParams.cpp" line="252"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="257"/>
        <source>low, medium or high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="266"/>
        <location filename="../src/core/chat/ChatParams.cpp" line="270"/>
        <source>a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="280"/>
        <source>a list of model ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/ChatParams.cpp" line="287"/>
        <source>an object of provider preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatRunner</name>
    <message>
        <location filename="../src/core/session/ChatRunner.cpp" line="78"/>
        <source>Switchyard does not know the provider &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/session/ChatRunner.cpp" line="85"/>
        <source>The provider %1 uses the protocol &quot;%2&quot;, which this version cannot speak; update Switchyard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/session/ChatRunner.cpp" line="94"/>
        <location filename="../src/core/session/ChatRunner.cpp" line="130"/>
        <location filename="../src/core/session/ChatRunner.cpp" line="190"/>
        <source>Stopped before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/session/ChatRunner.cpp" line="117"/>
        <source>The base URL &quot;%1&quot; is not a valid http(s) address; correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/session/ChatRunner.cpp" line="314"/>
        <source>Stopped; the partial answer was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/session/ChatRunner.cpp" line="339"/>
        <source>%n piece(s) of the reply could not be read and were skipped.</source>
        <translation>
            <numerusform>%n piece of the reply could not be read and was skipped.</numerusform>
            <numerusform>%n pieces of the reply could not be read and were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/session/ChatRunner.cpp" line="417"/>
        <source>The cost of this request came out as $%1, which cannot be right; it is recorded as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="156"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="171"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatView.cpp" line="345"/>
        <source>&lt;h3 align=&quot;center&quot;&gt;Ask any model&lt;/h3&gt;&lt;p align=&quot;center&quot;&gt;Pick a model above, type a question below and press Ctrl+Enter. Keys live in your system keychain (File → Settings); every request and what it cost is kept in your local ledger.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatView.cpp" line="446"/>
        <source>Click to show this request in the usage log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="75"/>
        <source>Only web and mail links open from a message; %1 was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="92"/>
        <source>Copied the message as Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="92"/>
        <source>Copied the message as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="107"/>
        <source>Copied the code block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="120"/>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="121"/>
        <source>Copy as Plain Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="128"/>
        <source>Copy Code Block %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="131"/>
        <source>Select Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="136"/>
        <source>Message Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="154"/>
        <source>Edit and Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="157"/>
        <source>Regenerate with Another Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="160"/>
        <source>Continue the Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="162"/>
        <source>Show Request in Usage Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="167"/>
        <source>Previous Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatViewActions.cpp" line="168"/>
        <source>Next Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChatView.cpp" line="582"/>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="56"/>
        <source>Ask a model; the answer streams to stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="59"/>
        <source>Provider id (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="60"/>
        <source>Model id; repeat for a fallback order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="61"/>
        <source>Use this base URL for this call (a proxy or a local server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="62"/>
        <source>Print one JSON object with the answer, tokens and cost instead of streaming text (with --compare: one line of JSON per model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="64"/>
        <source>Send the prompt to every -m at once (%1 to %2 models) and compare the answers, speed and cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="83"/>
        <location filename="../src/cli/AskRequest.cpp" line="35"/>
        <location filename="../src/cli/AskRequest.cpp" line="89"/>
        <location filename="../src/cli/AskRequest.cpp" line="204"/>
        <location filename="../src/cli/AskRequest.cpp" line="218"/>
        <location filename="../src/cli/CompareCommand.cpp" line="125"/>
        <source>switchyard ask: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="47"/>
        <source>--provider-order needs provider slugs separated by commas, such as anthropic,openai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="49"/>
        <source>--provider-only needs provider slugs separated by commas, such as anthropic,openai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="51"/>
        <source>--provider-ignore needs provider slugs separated by commas, such as anthropic,openai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="53"/>
        <source>--quantizations needs quantizations separated by commas, such as int8,fp8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="57"/>
        <source>--sort takes price, throughput or latency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="66"/>
        <source>--max-price takes the most to pay per million input and output tokens in US dollars, such as 1/2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="98"/>
        <source>--temperature needs a number such as 0.7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="103"/>
        <source>--top-p needs a number such as 0.9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="108"/>
        <source>--max-tokens needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="113"/>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="119"/>
        <source>--reasoning takes low, medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="136"/>
        <source>System prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="137"/>
        <source>Attach an image (PNG, JPEG, WebP, GIF), a PDF or a text file; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="138"/>
        <source>Send attached images as they are; without it, images over %1 px are scaled down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="139"/>
        <source>Start from this preset&apos;s system prompt, provider, model and parameters; flags given win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="141"/>
        <source>Sampling temperature, 0 to 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="142"/>
        <source>Nucleus sampling: keep the most likely tokens up to this probability, above 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="143"/>
        <source>Reasoning effort: low, medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="144"/>
        <source>Stop the answer at this text; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="145"/>
        <source>Sampling seed, for repeatable answers where the provider supports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="146"/>
        <source>OpenRouter: try these providers first, in order (slugs, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="147"/>
        <source>OpenRouter: use only these providers (slugs, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="148"/>
        <source>OpenRouter: never use these providers (slugs, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="149"/>
        <source>OpenRouter: prefer providers by price, throughput or latency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="150"/>
        <source>OpenRouter: no backup providers when the chosen ones fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="151"/>
        <source>OpenRouter: only providers that do not store or train on prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="152"/>
        <source>OpenRouter: only Zero Data Retention endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="153"/>
        <source>OpenRouter: the most to pay in US dollars per million input/output tokens, such as 1/2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="154"/>
        <source>OpenRouter: only these quantizations, such as int8,fp8 (int4, int8, fp4, fp6, fp8, fp16, bf16, fp32, unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="165"/>
        <source>switchyard ask: no preset is named &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="66"/>
        <source>Give up when nothing arrives for this many seconds (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="67"/>
        <source>Give up when the whole answer takes longer than this many seconds (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="140"/>
        <source>Upper bound on the answer&apos;s tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="70"/>
        <source>The question; read from stdin when absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="72"/>
        <source>switchyard ask: %1; see `switchyard ask --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskRequest.cpp" line="176"/>
        <source>switchyard ask: unknown provider &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="95"/>
        <source>switchyard ask: --timeout needs a whole number of seconds from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="104"/>
        <source>switchyard ask: --max-time needs a whole number of seconds from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="181"/>
        <location filename="../src/cli/CompareCommand.cpp" line="147"/>
        <source>The request&apos;s ledger row could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="113"/>
        <source>switchyard ask: no prompt given; pass it as arguments or pipe it on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AskCommand.cpp" line="153"/>
        <source>The provider is busy; trying again in %1 s (attempt %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="22"/>
        <source>Usage: switchyard [COMMAND] [OPTIONS]
With no command, Switchyard opens its window.

Commands:
  ask [-p PROVIDER] [-m MODEL]... [--base-url URL] [-s SYSTEM] [--json] [PROMPT...]
      [-a FILE]... [--preset NAME] [--temperature T] [--top-p P] [--max-tokens N]
      [--reasoning low|medium|high] [--stop TEXT]... [--seed N] [--keep-image-size]
      [--provider-order A,B] [--provider-only A,B] [--provider-ignore A,B]
      [--sort price|throughput|latency] [--no-fallbacks] [--deny-data-collection] [--zdr]
      [--max-price IN/OUT] [--quantizations Q,Q]
        Ask a model; the answer streams to stdout. The prompt comes from the
        arguments, else from stdin. Several -m give a fallback order. -a attaches
        an image, a PDF or a text file. The --provider-* flags and the rest of
        that line are OpenRouter&apos;s routing preferences.
  ask --compare -m MODEL -m MODEL [-m MODEL]... [--json] [PROMPT...]
        The same prompt to 2 to 6 models at once; each answer, then a table.
  usage [--since DATE] [--until DATE] [--by model|provider|day|week|month|conversation]
        [--log] [--compare-group ID] [--format table|csv|json]
        What the ledger recorded: requests, tokens and cost.
  models [-p PROVIDER] [--base-url URL] [--refresh] [--format table|json]
        The models a provider offers, with context length and prices per million tokens.
  chats [--search TEXT] [--format table|json]
        The conversations, most recent first; with --search, those whose title or
        messages hold the words.
  chats export ID [--format md|json]
        One conversation to stdout: the branch in view as Markdown, or every branch as JSON.
  chats import FILE
        Add the conversations of a Switchyard JSON export or of ChatGPT&apos;s conversations.json.
  presets [--format table|json] | presets export [FILE] | presets import FILE
        The presets (assistants) for `ask --preset` and new chats; export and import your own.
  keys connect openrouter [--base-url URL]
                         Sign in to OpenRouter in the browser; its key goes to the keychain.
  account [--base-url URL] [--format table|json]
        The OpenRouter key&apos;s usage and limit and the account&apos;s credits, beside what
        the ledger recorded for the same UTC day, week and month.
  keys set PROVIDER      Store a key in the system keychain (read from stdin).
  keys list              Where each provider&apos;s key comes from.
  keys delete PROVIDER   Remove a key from the keychain.

Exit codes: 0 ok, 2 usage error, 3 missing or rejected key, 4 provider or network
error, 5 keychain unavailable, 6 local storage failed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="115"/>
        <source>switchyard: unknown command &quot;%1&quot;; run `switchyard --help` for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="34"/>
        <source>Paste the %1 API key and press Enter: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="36"/>
        <source>switchyard keys set: no key on stdin; pipe it in, for example: printf &apos;%s&apos; &quot;$KEY&quot; | switchyard keys set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="41"/>
        <source>switchyard keys set: the key has spaces or several lines; pipe in the key alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="52"/>
        <source>Saved the %1 key in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="55"/>
        <source>Could not save the %1 key because the system keychain is not available; start your desktop&apos;s keyring (Secret Service) and try again, or set %2 for this shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="57"/>
        <source>the key in the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="72"/>
        <source>Removed the %1 key from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="75"/>
        <source>No %1 key was stored in the keychain; nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="78"/>
        <source>Could not remove the %1 key because the system keychain is not available; start your desktop&apos;s keyring (Secret Service) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="101"/>
        <source>environment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="103"/>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="105"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="105"/>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="107"/>
        <source>keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="114"/>
        <source>The system keychain is not available; start your desktop&apos;s keyring (Secret Service) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="126"/>
        <source>switchyard keys connect: %1; run: switchyard keys connect openrouter [--base-url URL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="132"/>
        <source>switchyard keys connect: only OpenRouter signs in from the browser; run: switchyard keys connect openrouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="139"/>
        <source>switchyard keys connect: &quot;%1&quot; is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="152"/>
        <source>Open this address in a browser to connect %1; waiting up to five minutes for its answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="161"/>
        <source>Connected %1: its key is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="187"/>
        <source>switchyard keys: unknown provider &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="196"/>
        <source>switchyard keys set: the key is read from stdin, never from the command line; run: printf &apos;%s&apos; &quot;$KEY&quot; | switchyard keys set PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="200"/>
        <source>Usage: switchyard keys set PROVIDER | keys list | keys delete PROVIDER | keys connect openrouter (the key is read from stdin or comes from the browser sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="46"/>
        <source>No requests in this range yet. Every `switchyard ask` and every chat in the window adds one.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/UsageCommand.cpp" line="54"/>
        <source> (+%n unknown)</source>
        <translation>
            <numerusform> (+%n unknown)</numerusform>
            <numerusform> (+%n unknown)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="60"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="63"/>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="63"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="64"/>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="64"/>
        <source>completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="65"/>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="81"/>
        <source>No requests in this range yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="102"/>
        <source>What the ledger recorded: requests, tokens and cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="105"/>
        <source>From this local date (YYYY-MM-DD) or ISO date-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="106"/>
        <source>Up to and including this local date, or up to this ISO date-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="107"/>
        <source>Group by model, provider, day, week, month or conversation (default: model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="108"/>
        <source>One row per request instead of groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="109"/>
        <source>Only the requests of this compare run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="110"/>
        <source>table, csv or json (default: table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="113"/>
        <source>switchyard usage: %1; see `switchyard usage --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="121"/>
        <source>switchyard usage: unexpected &quot;%1&quot;; see `switchyard usage --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="126"/>
        <source>switchyard usage: --since needs a date like 2026-11-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="130"/>
        <source>switchyard usage: --until needs a date like 2026-11-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="135"/>
        <source>switchyard usage: --compare-group needs the id of a compare run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="140"/>
        <source>switchyard usage: --format takes table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/UsageCommand.cpp" line="145"/>
        <source>switchyard usage: --by takes model, provider, day, week, month or conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ModelsCommand.cpp" line="94"/>
        <source>The models a provider offers, with context length and prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ModelsCommand.cpp" line="97"/>
        <source>Provider id (default: every provider with a key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="53"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="55"/>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="56"/>
        <source>Limit: %1, remaining %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="61"/>
        <source>Free tier: no credits bought yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="62"/>
        <source>Credits: %1 bought, %2 used, %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="69"/>
        <source>period (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="69"/>
        <source>OpenRouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="70"/>
        <source>ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="70"/>
        <source>difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="71"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="73"/>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="75"/>
        <source>this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="88"/>
        <source>The OpenRouter key&apos;s usage and the account&apos;s credits, beside the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="91"/>
        <location filename="../src/cli/KeysCommand.cpp" line="124"/>
        <location filename="../src/cli/ModelsCommand.cpp" line="98"/>
        <source>Use this base URL for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="98"/>
        <source>switchyard account: %1; see `switchyard account --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="107"/>
        <source>switchyard account: --format takes table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="111"/>
        <source>switchyard account: unexpected &quot;%1&quot;; see `switchyard account --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="121"/>
        <source>switchyard account: --base-url needs a URL like https://openrouter.ai/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="141"/>
        <source>Credits unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ModelsCommand.cpp" line="99"/>
        <source>Fetch the list again even if the stored one is fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="93"/>
        <location filename="../src/cli/ModelsCommand.cpp" line="100"/>
        <location filename="../src/cli/PresetsCommand.cpp" line="96"/>
        <source>table or json (default: table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ModelsCommand.cpp" line="103"/>
        <source>switchyard models: %1; see `switchyard models --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ModelsCommand.cpp" line="112"/>
        <source>switchyard models: --format takes table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ModelsCommand.cpp" line="116"/>
        <source>switchyard models: unexpected &quot;%1&quot;; see `switchyard models --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ModelsCommand.cpp" line="125"/>
        <source>switchyard models: unknown provider &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ModelsCommand.cpp" line="132"/>
        <source>switchyard models: --base-url needs -p to say which provider it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ModelsCommand.cpp" line="167"/>
        <source>Showing the list stored earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ModelsCommand.cpp" line="196"/>
        <source>No provider has a key yet; run `switchyard keys set PROVIDER` or pass -p.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ModelsCommand.cpp" line="197"/>
        <source>No models listed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="87"/>
        <source>No conversation matches &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="88"/>
        <source>No conversations yet. Every chat in the window and every `switchyard chats import` adds one.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="99"/>
        <location filename="../src/cli/ModelsCommand.cpp" line="205"/>
        <location filename="../src/cli/PresetsCommand.cpp" line="41"/>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="99"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="99"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="100"/>
        <location filename="../src/cli/ModelsCommand.cpp" line="205"/>
        <location filename="../src/cli/PresetsCommand.cpp" line="41"/>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="100"/>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="100"/>
        <source>updated_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="110"/>
        <source>switchyard chats export: &quot;%1&quot; is not a conversation id; `switchyard chats` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="135"/>
        <source>switchyard chats import: cannot read %1 (%2); check the path and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="137"/>
        <location filename="../src/cli/PresetsCommand.cpp" line="69"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="141"/>
        <source>switchyard chats import: %1 is larger than 1 GiB; split it into smaller files and import them one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="157"/>
        <source>a ChatGPT export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="158"/>
        <source>a Switchyard export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/ChatsCommand.cpp" line="159"/>
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>Imported %n conversation</numerusform>
            <numerusform>Imported %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/ChatsCommand.cpp" line="160"/>
        <source> with %n message(s)</source>
        <translation>
            <numerusform> with %n message</numerusform>
            <numerusform> with %n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="160"/>
        <source> from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="170"/>
        <source>Conversations: list and search them, export one, import an archive.
  switchyard chats [--search TEXT] [--format table|json]
  switchyard chats export ID [--format md|json]
  switchyard chats import FILE   (Switchyard JSON or ChatGPT&apos;s conversations.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="176"/>
        <source>Only the conversations whose title or messages hold these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="177"/>
        <source>table or json for the list (default: table); md or json for export (default: md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="180"/>
        <source>switchyard chats: %1; see `switchyard chats --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="194"/>
        <source>switchyard chats: --format takes table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="200"/>
        <source>switchyard chats: unexpected &quot;%1&quot;; use export ID or import FILE, see `switchyard chats --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="205"/>
        <source>switchyard chats %1: --search only goes with the list; drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="210"/>
        <source>switchyard chats export: give one conversation id, for example `switchyard chats export 3`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="211"/>
        <source>switchyard chats import: give one file, for example `switchyard chats import conversations.json`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="217"/>
        <source>switchyard chats export: --format takes md or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ChatsCommand.cpp" line="223"/>
        <source>switchyard chats import: --format does not apply; the file&apos;s format is found from its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ModelsCommand.cpp" line="206"/>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ModelsCommand.cpp" line="206"/>
        <source>in $/M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ModelsCommand.cpp" line="207"/>
        <source>out $/M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ModelsCommand.cpp" line="207"/>
        <location filename="../src/cli/PresetsCommand.cpp" line="41"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PresetsCommand.cpp" line="38"/>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PresetsCommand.cpp" line="38"/>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PresetsCommand.cpp" line="42"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PresetsCommand.cpp" line="42"/>
        <source>system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PresetsCommand.cpp" line="56"/>
        <source>switchyard presets export: cannot write %1 (%2); check the folder and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PresetsCommand.cpp" line="68"/>
        <source>switchyard presets import: cannot read %1 (%2); check the path and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PresetsCommand.cpp" line="73"/>
        <source>switchyard presets import: %1 is too large to be a presets file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PresetsCommand.cpp" line="79"/>
        <source>switchyard presets import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/PresetsCommand.cpp" line="82"/>
        <source>Imported %n preset(s).</source>
        <translation>
            <numerusform>Imported %n preset.</numerusform>
            <numerusform>Imported %n presets.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/PresetsCommand.cpp" line="91"/>
        <source>Presets (assistants): a system prompt, provider, model and parameters.
  switchyard presets [--format table|json]
  switchyard presets export [FILE]   (your own presets; stdout without FILE)
  switchyard presets import FILE     (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PresetsCommand.cpp" line="98"/>
        <source>switchyard presets: %1; see `switchyard presets --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PresetsCommand.cpp" line="111"/>
        <source>switchyard presets: --format takes table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PresetsCommand.cpp" line="120"/>
        <source>switchyard presets: use `presets`, `presets export [FILE]` or `presets import FILE`; see `switchyard presets --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="52"/>
        <location filename="../src/cli/CompareCommand.cpp" line="74"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="94"/>
        <source>%1: the provider is busy; trying again in %2 s (attempt %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="102"/>
        <location filename="../src/cli/CompareCommand.cpp" line="104"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="50"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="51"/>
        <source>Continue with This One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="67"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="72"/>
        <source>Model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="73"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="74"/>
        <source>Choose the model in the list of every provider&apos;s models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="76"/>
        <source>Remove this model from the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="77"/>
        <source>Remove model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="88"/>
        <source>Make the prompt and this answer the chat&apos;s next turn, and go on chatting with this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="155"/>
        <source>waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="180"/>
        <source>waiting… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="184"/>
        <source>%1 ms to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="187"/>
        <source>≈ %1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="187"/>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="190"/>
        <source>%1 in · %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="196"/>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="198"/>
        <source>%1 local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="200"/>
        <source>%1 computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="202"/>
        <source>%1 reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="204"/>
        <source>streaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="205"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="206"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="207"/>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="208"/>
        <source>cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareColumn.cpp" line="209"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareRun</name>
    <message>
        <location filename="../src/core/session/CompareRun.cpp" line="28"/>
        <source>A comparison needs at least %1 models; give %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/session/CompareRun.cpp" line="30"/>
        <source>A comparison takes at most %2 models; give %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/session/CompareRun.cpp" line="56"/>
        <source>A comparison is still running; stop it or wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/session/CompareRun.cpp" line="61"/>
        <source>Every model of a comparison needs a provider and a model id; fill in or remove the empty one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../src/gui/compare/CompareView.cpp" line="28"/>
        <source>Send to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareView.cpp" line="29"/>
        <source>Stop All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareView.cpp" line="30"/>
        <source>Add Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareView.cpp" line="36"/>
        <source>Compare Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareView.cpp" line="42"/>
        <source>One prompt for every model (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareView.cpp" line="89"/>
        <source>%1 is busy; trying again in %2 s (attempt %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareView.cpp" line="104"/>
        <source>Every model answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compare/CompareView.cpp" line="105"/>
        <source>%n model(s) did not answer in full; see the column&apos;s note.</source>
        <translation>
            <numerusform>%n model did not answer in full; see the column&apos;s note.</numerusform>
            <numerusform>%n models did not answer in full; see their columns&apos; notes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareView.cpp" line="186"/>
        <source>Type a prompt first; it goes to every model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareView.cpp" line="213"/>
        <source>Budget Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/compare/CompareView.cpp" line="215"/>
        <source>Send Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compare/CompareView.cpp" line="238"/>
        <source>Sent to %n model(s)…</source>
        <translation>
            <numerusform>Sent to %n model…</numerusform>
            <numerusform>Sent to %n models…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationArchive</name>
    <message>
        <location filename="../src/core/storage/ConversationArchive.cpp" line="154"/>
        <location filename="../src/core/storage/ConversationArchive.cpp" line="218"/>
        <source>There is no conversation %1; list them with `switchyard chats`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ConversationArchive.cpp" line="179"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ConversationArchive.cpp" line="180"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ConversationArchive.cpp" line="181"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ConversationArchive.cpp" line="190"/>
        <source>*Files: %1*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ConversationArchive.cpp" line="201"/>
        <source>&gt; **Notice:** %1</source>
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
    <name>ConversationSettingsPanel</name>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="13"/>
        <source>S&amp;ystem prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="20"/>
        <source>None: the model&apos;s own behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="21"/>
        <source>Instructions the model reads before the conversation: who it is, how to answer, what to avoid. Empty sends none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="33"/>
        <source>&amp;Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="39"/>
        <location filename="../ui/ConversationSettingsPanel.ui" line="53"/>
        <location filename="../ui/ConversationSettingsPanel.ui" line="67"/>
        <location filename="../ui/ConversationSettingsPanel.ui" line="104"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="41"/>
        <source>How adventurous the wording is, from 0 to 2: low values give focused, repeatable answers, high values more varied ones. Empty leaves it to the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="47"/>
        <source>To&amp;p P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="55"/>
        <source>top_p, above 0 and at most 1: the model picks only among the likeliest words that together make up this share. Change this or the temperature, rarely both. Empty leaves it to the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="61"/>
        <source>&amp;Max output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="69"/>
        <source>The longest answer, in tokens (a token is about three quarters of a word); thinking is not counted. A reply that reaches it stops mid-sentence. Empty leaves it to the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="75"/>
        <source>&amp;Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="83"/>
        <source>How much a reasoning model thinks before it answers: more thinking is slower and costs more but helps with hard problems. A budget sets the thinking&apos;s size in tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="88"/>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="89"/>
        <source>The most tokens the model may spend thinking before it answers, such as 8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="90"/>
        <source>Reasoning budget in tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="98"/>
        <source>S&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="106"/>
        <source>A whole number that makes sampling repeatable: the same seed and question tend to give the same answer, where the provider supports it. Empty leaves it to chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="114"/>
        <source>St&amp;op sequences, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="121"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="123"/>
        <source>Text that ends the answer as soon as the model writes it, such as &quot;###&quot; or &quot;END&quot;. One per line; empty lines are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="133"/>
        <source>Reset to &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="139"/>
        <source>Save as Pre&amp;set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationSettingsPanel.ui" line="140"/>
        <source>Keep this system prompt and these parameters as a preset to start new chats with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/ConversationSettingsPanel.cpp" line="79"/>
        <source>Provider default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/ConversationSettingsPanel.cpp" line="80"/>
        <source>Low effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/ConversationSettingsPanel.cpp" line="81"/>
        <source>Medium effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/ConversationSettingsPanel.cpp" line="82"/>
        <source>High effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/ConversationSettingsPanel.cpp" line="83"/>
        <source>Budget in tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/ConversationSettingsPanel.cpp" line="265"/>
        <source>The seed must be a whole number, such as 42.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/ConversationSettingsPanel.cpp" line="342"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomProviderDialog</name>
    <message>
        <location filename="../ui/CustomProviderDialog.ui" line="6"/>
        <source>Add Custom Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CustomProviderDialog.ui" line="10"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CustomProviderDialog.ui" line="11"/>
        <source>My vLLM server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CustomProviderDialog.ui" line="12"/>
        <source>&amp;Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CustomProviderDialog.ui" line="13"/>
        <source>http://localhost:8000/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CustomProviderDialog.ui" line="14"/>
        <source>&amp;Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CustomProviderDialog.ui" line="16"/>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CustomProviderDialog.ui" line="17"/>
        <source>Optional; saved to the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/CustomProviderDialog.cpp" line="12"/>
        <source>OpenAI-compatible (chat/completions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/CustomProviderDialog.cpp" line="13"/>
        <source>Anthropic Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/CustomProviderDialog.cpp" line="14"/>
        <source>Google Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/CustomProviderDialog.cpp" line="15"/>
        <source>Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/CustomProviderDialog.cpp" line="48"/>
        <source>Give the provider a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/CustomProviderDialog.cpp" line="50"/>
        <source>The base URL must be an http:// or https:// address, such as http://localhost:8000/v1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="142"/>
        <source>the usage summary cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="292"/>
        <source>The database %1 is in use by another program; waiting up to %2 seconds for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="307"/>
        <source>Could not open or create the database %1 (%2); check that its folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="310"/>
        <source>The file %1 is not a Switchyard database, or its header is damaged; nothing in it was changed. Move it aside (for example `mv &quot;%1&quot; &quot;%1.broken&quot;`) and start again to begin a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="314"/>
        <source>The database %1 is damaged (%2); nothing in it was changed. Move it aside (for example `mv &quot;%1&quot; &quot;%1.broken&quot;`) and start again to begin a fresh one; `sqlite3 &quot;%1.broken&quot; .recover` may save what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="319"/>
        <source>The database %1 is read-only, so nothing can be recorded in it; make it and its folder writable (for example `chmod u+w &quot;%1&quot;`) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="323"/>
        <source>The database %1 stayed locked by another program for %2 seconds; close the other Switchyard (or whatever holds the file) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="328"/>
        <source>The disk that holds the database %1 is full; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="333"/>
        <source>The database %1 could not be used (%2); try again, and if it keeps failing move the file aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="343"/>
        <source>Could not move %1 aside; move or delete it yourself and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="392"/>
        <source>its schema version cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="396"/>
        <source>The database %1 was written by a newer Switchyard (schema %2, this version knows %3); update Switchyard or move the file aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="407"/>
        <source>A database migration is missing from this build; reinstall Switchyard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="430"/>
        <source>Could not upgrade the database %1 to schema %2 (%3); your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="41"/>
        <source>%1 rejected the API key%2; enter a valid key in Settings or run `switchyard keys set %3`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="44"/>
        <source>%1 refused this request%2; check the key&apos;s permissions or change the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="47"/>
        <source>%1&apos;s moderation flagged the prompt%2; change the prompt or pick a model without moderation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="50"/>
        <source>%1 says the account is out of credits%2; add credits or choose a cheaper model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="53"/>
        <source>%1 does not know this model or address%2; check the model name and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="56"/>
        <source>%1 timed out while handling the request%2; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="58"/>
        <source>%1 is limiting how fast you can send requests%2; wait a minute and try again, or pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="61"/>
        <source>%1 had a server error (HTTP %2)%3; try again in a moment or pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="64"/>
        <source>%1 rejected the request (HTTP %2)%3; check the model name and the request settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="73"/>
        <source>%1 is not running at %2; start it with `%3`.</source>
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
        <source>%1 at %2 redirected the request to another server; Switchyard does not send your key there, so nothing was sent. Check the base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="85"/>
        <source>The secure connection to %1 at %2 failed; check the base URL and the system clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="87"/>
        <source>The connection to %1 was lost; the partial answer was kept, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="92"/>
        <source>%1 at %2 redirected the request to %3; Switchyard does not send your key to another server, so nothing was sent there. Check the base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="99"/>
        <source>%1 did not finish the reply within %2 seconds, so the request was stopped; the partial answer was kept, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="107"/>
        <source>%1 sent nothing for %2 seconds, so the request was stopped; the partial answer was kept, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="114"/>
        <source>%1 stopped the reply with an error%2; the partial answer was kept, try again or pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="120"/>
        <source>The reply from %1 ended before it was complete; the partial answer was kept, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="126"/>
        <source>%1 sent one line of more than %2 MB, which no reply needs, so the request was stopped; the partial answer was kept, try again or pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="135"/>
        <source>No API key is set for %1; add one in Settings or run `switchyard keys set %2`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="137"/>
        <source>No API key is set for %1; add one in Settings, run `switchyard keys set %2`, or set %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="144"/>
        <source>The system keychain is not available; start your desktop&apos;s keyring (Secret Service) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/ErrorText.cpp" line="145"/>
        <source>The system keychain is not available and %1 is not set; start your desktop&apos;s keyring (Secret Service) or set %1, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePrep</name>
    <message>
        <location filename="../src/media/ImagePrep.cpp" line="55"/>
        <source>%1 is larger than %2 megapixels; scale it down first, then attach it.</source>
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
    <name>LedgerLogModel</name>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="179"/>
        <source>Exactly $%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="179"/>
        <source>No price is known for this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="191"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="204"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="205"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="206"/>
        <source>Model asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="207"/>
        <source>Model served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="208"/>
        <source>Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="209"/>
        <source>Tokens in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="210"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="211"/>
        <source>First token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="212"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="213"/>
        <source>Status</source>
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
        <location filename="../ui/MainWindow.ui" line="33"/>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="34"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="47"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="52"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="69"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="78"/>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="86"/>
        <source>Any model id the provider knows, e.g. deepseek/deepseek-chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="91"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="92"/>
        <source>Search every provider&apos;s models with their prices (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="106"/>
        <source>Ask anything, or drop files here. Ctrl+Enter sends, Esc stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="115"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="116"/>
        <source>Send the prompt (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="122"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="123"/>
        <source>Stop the answer; what arrived is kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="145"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="153"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="157"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="167"/>
        <source>&amp;New Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="168"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="173"/>
        <location filename="../src/gui/MainWindowMenus.cpp" line="80"/>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="174"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="178"/>
        <source>&amp;Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="179"/>
        <source>Ctrl+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="182"/>
        <source>Choose &amp;Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="183"/>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="186"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="187"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="190"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="191"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="194"/>
        <source>&amp;About Switchyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="165"/>
        <source>The provider is busy; trying again in %1 s (attempt %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="35"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="40"/>
        <source>&amp;Export Chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="45"/>
        <source>Open a chat to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="50"/>
        <location filename="../src/gui/MainWindowMenus.cpp" line="58"/>
        <source>Export Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="51"/>
        <source>Markdown (*.md);;Switchyard JSON, every branch (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="56"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="60"/>
        <source>&amp;Import Chats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="63"/>
        <location filename="../src/gui/MainWindowMenus.cpp" line="69"/>
        <source>Import Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="64"/>
        <source>Switchyard JSON or ChatGPT conversations.json (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="73"/>
        <source>&amp;Search Chats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="83"/>
        <source>&amp;Compare Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="89"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="92"/>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="93"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="94"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="194"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowSend.cpp" line="182"/>
        <source>The prompt&apos;s cost before the answer: input tokens estimated, priced at the model&apos;s input price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="357"/>
        <source>Switchyard budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowSend.cpp" line="178"/>
        <source>%1 (files approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowSend.cpp" line="180"/>
        <source>The prompt&apos;s cost before the answer: input tokens estimated, files by a rule of thumb per image and per PDF page, priced at the model&apos;s input price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowSend.cpp" line="214"/>
        <source>Choose a model first, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowSend.cpp" line="240"/>
        <source>Budget Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowSend.cpp" line="242"/>
        <source>Send Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowSend.cpp" line="258"/>
        <source>The files could not be stored in %1, so nothing was sent; free some disk space or check the file, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowSend.cpp" line="295"/>
        <source>Waiting for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMessages.cpp" line="143"/>
        <source>Continue exactly where your previous answer stopped, without repeating anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMessages.cpp" line="150"/>
        <source>Delete Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMessages.cpp" line="151"/>
        <source>Delete this message? Messages after it stay in the conversation; its request stays in the usage ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMessages.cpp" line="180"/>
        <source>The ledger has no request for this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMessages.cpp" line="185"/>
        <source>The request is not in the usage log any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="114"/>
        <source>The chat could not be read; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="119"/>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="129"/>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindowMenus.cpp" line="141"/>
        <source>Imported %n chat(s)</source>
        <translation>
            <numerusform>Imported %n chat</numerusform>
            <numerusform>Imported %n chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindowMenus.cpp" line="142"/>
        <source> with %n message(s).</source>
        <translation>
            <numerusform> with %n message.</numerusform>
            <numerusform> with %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="182"/>
        <source>Send the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="183"/>
        <source>Stop the answer; cancel an edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="184"/>
        <source>New chat (blank or from a preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="185"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="186"/>
        <source>Show or hide the chat&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="187"/>
        <source>Choose a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="188"/>
        <source>Compare models side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="189"/>
        <source>Search chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="190"/>
        <source>Copy the last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="191"/>
        <source>Regenerate the last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="192"/>
        <source>Up (empty prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="192"/>
        <source>Edit the last question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="193"/>
        <source>Chat page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="194"/>
        <source>Usage page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="195"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="196"/>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="200"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="203"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="203"/>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="387"/>
        <source>Answered in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="405"/>
        <source>Served by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="407"/>
        <source>%1 in · %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="411"/>
        <source>tokens unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="503"/>
        <source>%1 The request&apos;s record is kept in memory and is written as soon as the database accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="520"/>
        <source>The kept request records were written to the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="413"/>
        <location filename="../src/gui/MainWindowSend.cpp" line="177"/>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="98"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMessages.cpp" line="31"/>
        <source>Editing a question: sending makes a new version of it and a new answer; the old ones stay (switch with ‹ ›). &lt;a href=&quot;cancel&quot;&gt;Cancel&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="414"/>
        <source>Charged by the provider: $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="432"/>
        <source>Rename Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="432"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="447"/>
        <source>Delete Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="448"/>
        <source>Delete &quot;%1&quot; and its messages? Its requests stay in the usage ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAttachments.cpp" line="47"/>
        <source>&amp;Attach Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAttachments.cpp" line="54"/>
        <source>Scale Large Images Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAttachments.cpp" line="58"/>
        <source>Images with a longer side over %1 px are scaled down before they are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAttachments.cpp" line="66"/>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAttachments.cpp" line="67"/>
        <source>Attach images, PDFs or text files (%1); you can also drop or paste them into the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAttachments.cpp" line="86"/>
        <location filename="../src/gui/MainWindowAttachments.cpp" line="92"/>
        <source>Save Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAttachments.cpp" line="93"/>
        <source>%1 could not be saved to %2; choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAttachments.cpp" line="96"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAttachments.cpp" line="103"/>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAttachments.cpp" line="104"/>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.xml *.yaml *.yml *.log *.c *.cc *.cpp *.h *.hpp *.py *.js *.ts *.java *.go *.rs *.rb *.sh *.sql *.html *.css);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChatSettings.cpp" line="38"/>
        <source>Chat &amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChatSettings.cpp" line="42"/>
        <source>This chat&apos;s system prompt and parameters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChatSettings.cpp" line="73"/>
        <source>%1 is a model of %2; a fallback must be a model of %3, the chat&apos;s provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChatSettings.cpp" line="160"/>
        <source>A new chat with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowCompare.cpp" line="28"/>
        <source>Wait for the answer in this chat to finish, or stop it, then continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowCompare.cpp" line="36"/>
        <source>The answer could not be added to the chat: the database refused the write. Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowCompare.cpp" line="51"/>
        <source>Continuing with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageRow</name>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="87"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="89"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="91"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="93"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="94"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="144"/>
        <source>answered by %1 (fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="144"/>
        <source>answered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="147"/>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="149"/>
        <source>%1 in · %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="153"/>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="154"/>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="155"/>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="157"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="159"/>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="162"/>
        <source>%1 ms to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="165"/>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="216"/>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="220"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="222"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="382"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="382"/>
        <source>TXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="402"/>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="402"/>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/MessageRow.cpp" line="416"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <location filename="../src/core/catalog/ModelCatalog.cpp" line="41"/>
        <source>Switchyard cannot read %1&apos;s model list with this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/catalog/ModelCatalog.cpp" line="71"/>
        <source>%1 answered the model list request with something Switchyard cannot read; check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPickerDialog</name>
    <message>
        <location filename="../ui/ModelPickerDialog.ui" line="6"/>
        <source>Choose a Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ModelPickerDialog.ui" line="12"/>
        <source>Search every provider&apos;s models: &quot;claude sonnet&quot;, &quot;flash&quot;, &quot;llama 8b&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ModelPickerDialog.ui" line="18"/>
        <source>Refresh Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ModelPickerDialog.ui" line="19"/>
        <source>Fetch the model lists of every provider that has a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ModelPickerDialog.ui" line="29"/>
        <source>Takes &amp;images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ModelPickerDialog.ui" line="30"/>
        <source>Only models whose list says they read images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ModelPickerDialog.ui" line="35"/>
        <source>&amp;Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ModelPickerDialog.ui" line="36"/>
        <source>Only models that cost nothing: both prices zero, or a :free variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ModelPickerDialog.ui" line="41"/>
        <source>Input at most $</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ModelPickerDialog.ui" line="48"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ModelPickerDialog.ui" line="49"/>
        <source>The most a model may charge for input, in US dollars per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ModelPickerDialog.ui" line="55"/>
        <source>per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ModelPickerDialog.ui" line="65"/>
        <source>&amp;Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ModelPickerDialog.ui" line="94"/>
        <source>Choose a model to see what it takes and costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ModelPickerDialog.ui" line="101"/>
        <source>&amp;Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelPickerDialog.cpp" line="42"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelPickerDialog.cpp" line="43"/>
        <source>Price (input, lowest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelPickerDialog.cpp" line="44"/>
        <source>Context (largest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelPickerDialog.cpp" line="45"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelPickerDialog.cpp" line="46"/>
        <source>As listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelPickerDialog.cpp" line="47"/>
        <source>:free (the free endpoints, rate-limited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelPickerDialog.cpp" line="48"/>
        <source>:nitro (fastest throughput first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelPickerDialog.cpp" line="49"/>
        <source>:floor (lowest price first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelPickerDialog.cpp" line="50"/>
        <source>:online (with web search results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelPickerDialog.cpp" line="103"/>
        <source>Auto Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelPickerDialog.cpp" line="104"/>
        <source>OpenRouter chooses the model for each prompt; the answer names the model it used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelPickerDialog.cpp" line="154"/>
        <location filename="../src/gui/ModelPickerDialog.cpp" line="161"/>
        <location filename="../src/gui/ModelPickerDialog.cpp" line="198"/>
        <source>Fetching model lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelPickerDialog.cpp" line="193"/>
        <source>Type the input price ceiling as dollars per million tokens, for example 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelTableModel</name>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="84"/>
        <source>USD per million tokens; &quot;?&quot; means no price is known, and the ledger will say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="86"/>
        <source>When the provider added this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="97"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="98"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="99"/>
        <location filename="../src/gui/ModelTableModel.cpp" line="124"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="100"/>
        <source>In / M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="101"/>
        <source>Out / M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="102"/>
        <location filename="../src/gui/ModelTableModel.cpp" line="131"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="103"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="117"/>
        <location filename="../src/gui/ModelTableModel.cpp" line="124"/>
        <location filename="../src/gui/ModelTableModel.cpp" line="131"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="124"/>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="125"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="125"/>
        <location filename="../src/gui/ModelTableModel.cpp" line="126"/>
        <source>%1 per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="126"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="128"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="128"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="129"/>
        <source>Takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="129"/>
        <location filename="../src/gui/ModelTableModel.cpp" line="130"/>
        <source>not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ModelTableModel.cpp" line="130"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OllamaAdapter</name>
    <message>
        <location filename="../src/core/providers/OllamaAdapter.cpp" line="119"/>
        <source>%1 takes a reasoning effort, not a budget; choose an effort instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/OllamaAdapter.cpp" line="208"/>
        <source>Capabilities: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAiCompatibleAdapter</name>
    <message>
        <location filename="../src/core/providers/OpenAiCompatibleAdapter.cpp" line="315"/>
        <location filename="../src/core/providers/OpenAiCompatibleAdapter.cpp" line="318"/>
        <source>%1 takes no reasoning setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/OpenAiCompatibleAdapter.cpp" line="317"/>
        <source>%1 takes a reasoning effort, not a budget; choose an effort instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/OpenAiCompatibleAdapter.cpp" line="321"/>
        <source>%1 does not take the %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenRouterAccount</name>
    <message>
        <location filename="../src/core/openrouter/OpenRouterAccount.cpp" line="185"/>
        <source>OpenRouter counts %1 more this month than Switchyard recorded: other apps or scripts using the same key, or requests sent before Switchyard kept its ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/openrouter/OpenRouterAccount.cpp" line="190"/>
        <source>Switchyard recorded %1 more this month than OpenRouter counts: OpenRouter&apos;s figures can lag a minute or two, and computed costs are estimates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/openrouter/OpenRouterAccount.cpp" line="196"/>
        <source>%n request(s) this month have no known cost in the ledger.</source>
        <translation>
            <numerusform>%n request this month has no known cost in the ledger.</numerusform>
            <numerusform>%n requests this month have no known cost in the ledger.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/openrouter/OpenRouterAccount.cpp" line="228"/>
        <source>This version of Switchyard has no OpenRouter provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/openrouter/OpenRouterAccount.cpp" line="253"/>
        <source>OpenRouter answered the key request with something Switchyard cannot read; check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenRouterConnect</name>
    <message>
        <location filename="../src/core/openrouter/OpenRouterConnect.cpp" line="94"/>
        <source>The %1 sign-in was cancelled; no key was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/openrouter/OpenRouterConnect.cpp" line="96"/>
        <source>No answer came from the browser within five minutes, so no %1 key was stored; connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/openrouter/OpenRouterConnect.cpp" line="98"/>
        <source>The sign-in answer did not belong to this request (its state did not match), so no %1 key was stored; connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/openrouter/OpenRouterConnect.cpp" line="102"/>
        <source>%1 sent no sign-in code back, so no key was stored; connect again and approve the request in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/openrouter/OpenRouterConnect.cpp" line="104"/>
        <source>%1 refused the sign-in code (HTTP %2), so no key was stored; connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/openrouter/OpenRouterConnect.cpp" line="106"/>
        <source>Could not reach %1 to finish the sign-in, so no key was stored; check the connection and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/openrouter/OpenRouterConnect.cpp" line="108"/>
        <source>%1 answered the sign-in with something Switchyard cannot read, so no key was stored; connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/openrouter/OpenRouterConnect.cpp" line="110"/>
        <source>%1 issued a key, but the system keychain is not available, so it was not stored; start your desktop&apos;s keyring (Secret Service) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/openrouter/OpenRouterConnect.cpp" line="114"/>
        <source>Switchyard could not open a local port to receive the %1 sign-in; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/openrouter/OpenRouterConnect.cpp" line="179"/>
        <source>Switchyard could not read this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/openrouter/OpenRouterConnect.cpp" line="192"/>
        <source>Nothing to see here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/openrouter/OpenRouterConnect.cpp" line="276"/>
        <source>Switchyard is connected to %1. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/openrouter/OpenRouterConnect.cpp" line="278"/>
        <source>You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenRouterPanel</name>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="25"/>
        <source>OpenRouter account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="29"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="37"/>
        <source>Not fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="79"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="80"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="83"/>
        <source>Key &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="86"/>
        <source>limit %1, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="88"/>
        <source>(resets %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="94"/>
        <source>credits %1 bought, %2 used, &lt;b&gt;%3 left&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="98"/>
        <source>credits unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="101"/>
        <source>free tier (no credits bought yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="114"/>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="114"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="115"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="115"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="116"/>
        <source>OpenRouter says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="118"/>
        <source>Ledger recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/OpenRouterPanel.cpp" line="121"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../src/core/chat/Preset.cpp" line="22"/>
        <source>A preset has no name; give each one a &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Preset.cpp" line="30"/>
        <source>The preset &quot;%1&quot; has a provider, model or params of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Preset.cpp" line="38"/>
        <source>The preset &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <location filename="../ui/PresetDialog.ui" line="6"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetDialog.ui" line="11"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetDialog.ui" line="12"/>
        <source>such as &quot;Code reviewer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetDialog.ui" line="12"/>
        <source>The name the preset is listed under when a chat starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetDialog.ui" line="13"/>
        <source>P&amp;rovider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetDialog.ui" line="14"/>
        <source>The provider a chat started with this preset uses; &quot;The chat&apos;s provider&quot; keeps whatever is chosen in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetDialog.ui" line="15"/>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetDialog.ui" line="16"/>
        <source>The chat&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetDialog.ui" line="16"/>
        <source>The model id, as the provider&apos;s list names it; empty keeps the chat&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetDialog.ui" line="21"/>
        <source>System prompt and parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetDialog.cpp" line="24"/>
        <source>The chat&apos;s provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetDialog.cpp" line="47"/>
        <source>Add Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetDialog.cpp" line="47"/>
        <source>Edit Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetDialog.cpp" line="98"/>
        <source>A preset named &quot;%1&quot; exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetPickerDialog</name>
    <message>
        <location filename="../ui/PresetPickerDialog.ui" line="6"/>
        <source>New Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetPickerDialog.ui" line="10"/>
        <source>Start a chat &amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetPickerDialog.ui" line="16"/>
        <source>Type to filter presets by name, model or prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/PresetPickerDialog.cpp" line="25"/>
        <source>&amp;Start Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/PresetPickerDialog.cpp" line="32"/>
        <source>Blank chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/PresetPickerDialog.cpp" line="32"/>
        <source>The new-chat defaults from Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/PresetPickerDialog.cpp" line="96"/>
        <source>No preset matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <location filename="../src/core/storage/PresetStore.cpp" line="123"/>
        <source>A preset needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/PresetStore.cpp" line="132"/>
        <source>The preset could not be saved; the database may be read-only or full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/PresetStore.cpp" line="170"/>
        <source>These presets were written by a newer Switchyard; update it to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/PresetStore.cpp" line="176"/>
        <source>This is not a presets file: the JSON is broken at character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/PresetStore.cpp" line="177"/>
        <source>This is not a presets file: it needs a &quot;presets&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/PresetStore.cpp" line="184"/>
        <source>This is not a presets file: each preset must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/PresetStore.cpp" line="189"/>
        <source>The file holds two presets named &quot;%1&quot;; rename one and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/PresetStore.cpp" line="196"/>
        <source>The file holds no presets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/PresetStore.cpp" line="201"/>
        <source>The presets could not be saved; the database may be read-only or locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/PresetStore.cpp" line="207"/>
        <location filename="../src/core/storage/PresetStore.cpp" line="213"/>
        <source>The presets could not be saved; the database may be read-only or full. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetSummary</name>
    <message>
        <location filename="../src/gui/chat/PresetSummary.cpp" line="16"/>
        <source>the chat&apos;s provider and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/PresetSummary.cpp" line="22"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/PresetSummary.cpp" line="26"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetsPage</name>
    <message>
        <location filename="../ui/PresetsPage.ui" line="13"/>
        <source>Presets start a chat with a system prompt, parameters and, if you like, a provider and model (File › New Chat offers them). The bundled ones cannot be removed; editing one keeps your own copy in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetsPage.ui" line="28"/>
        <source>&amp;Add Preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetsPage.ui" line="29"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetsPage.ui" line="30"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetsPage.ui" line="31"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetsPage.ui" line="33"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetsPage.ui" line="33"/>
        <source>Add the presets of a JSON file; all of them or, for a bad file, none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetsPage.ui" line="34"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PresetsPage.ui" line="34"/>
        <source>Save your own presets (and your copies of bundled ones) as a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="58"/>
        <source>%1 (bundled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="60"/>
        <source>%1 (your copy of a bundled preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="87"/>
        <source>Bundled presets cannot be removed; edit one to keep your own copy in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="88"/>
        <source>Remove your copy; the bundled preset comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="108"/>
        <source>Added &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="121"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="131"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="133"/>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="141"/>
        <source>Duplicated as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="151"/>
        <source>&quot;%1&quot; could not be removed; the database may be read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="155"/>
        <source>Removed your copy of &quot;%1&quot;; the bundled one is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="155"/>
        <source>Removed &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="160"/>
        <source>Export Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="161"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="168"/>
        <source>Import Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="168"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="180"/>
        <source>There are no presets of your own to export yet; add, edit or duplicate one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="185"/>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/settings/PresetsPage.cpp" line="188"/>
        <source>Exported %n preset(s) to %1.</source>
        <translation>
            <numerusform>Exported %n preset to %1.</numerusform>
            <numerusform>Exported %n presets to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="196"/>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PresetsPage.cpp" line="200"/>
        <source>%1 is too large to be a presets file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/settings/PresetsPage.cpp" line="210"/>
        <source>Imported %n preset(s) from %1.</source>
        <translation>
            <numerusform>Imported %n preset from %1.</numerusform>
            <numerusform>Imported %n presets from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <location filename="../ui/PricesPage.ui" line="12"/>
        <source>Your prices (USD per million tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricesPage.ui" line="17"/>
        <source>A price you set for a model wins over the OpenRouter catalog and the bundled list. Leave both prices empty to remove yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricesPage.ui" line="22"/>
        <source>&amp;Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricesPage.ui" line="29"/>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricesPage.ui" line="35"/>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricesPage.ui" line="40"/>
        <source>&amp;Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricesPage.ui" line="46"/>
        <source>input, e.g. 0.15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricesPage.ui" line="51"/>
        <source>&amp;Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricesPage.ui" line="57"/>
        <source>output, e.g. 0.60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricesPage.ui" line="64"/>
        <source>&amp;Save Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PricesPage.cpp" line="29"/>
        <source>Type the model id the price is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PricesPage.cpp" line="33"/>
        <source>Prices are numbers such as 0.15; leave both empty to remove your price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PricesPage.cpp" line="39"/>
        <source>Your price for %1 is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/PricesPage.cpp" line="40"/>
        <source>Requests to %1 are now priced at your rates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderAdapter</name>
    <message>
        <location filename="../src/core/providers/ProviderAdapter.cpp" line="84"/>
        <source>%1 takes one model, not a fallback list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/ProviderAdapter.cpp" line="86"/>
        <source>%1 takes no provider routing preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/ProviderAdapter.cpp" line="89"/>
        <source>%1 does not take the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/ProviderAdapter.cpp" line="166"/>
        <source>%1 does not list %2 among its parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/ProviderAdapter.cpp" line="191"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/ProviderAdapter.cpp" line="193"/>
        <source>Not sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderListModel</name>
    <message>
        <location filename="../src/gui/settings/ProviderListModel.cpp" line="51"/>
        <source>Added by you: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../ui/ProvidersPage.ui" line="13"/>
        <source>API keys are saved in your system keychain and nowhere else. A key set in the provider&apos;s environment variable is used when the keychain has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.ui" line="32"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.ui" line="33"/>
        <source>Any server that speaks the OpenAI, Anthropic, Gemini or Ollama protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.ui" line="39"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.ui" line="40"/>
        <source>Remove this provider you added, and its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.ui" line="53"/>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.ui" line="62"/>
        <source>Paste a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.ui" line="68"/>
        <source>Save to Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.ui" line="74"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.ui" line="95"/>
        <source>&amp;Connect OpenRouter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.ui" line="96"/>
        <source>Sign in to OpenRouter in your browser; the key it issues goes straight to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.ui" line="102"/>
        <source>Cancel Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.ui" line="115"/>
        <source>&amp;Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProvidersPage.cpp" line="25"/>
        <source>No system keychain is available, so keys you save here are kept in memory until Switchyard closes. Start your desktop&apos;s keyring to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProvidersPage.cpp" line="27"/>
        <source>Keep for This Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProvidersPage.cpp" line="64"/>
        <source>Leave empty for %1; set it to use a proxy or a compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProvidersPage.cpp" line="170"/>
        <source>Get a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProvidersPage.cpp" line="76"/>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProvidersPage.cpp" line="67"/>
        <source>&amp;Connect %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProvidersPage.cpp" line="83"/>
        <source>A key is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProvidersPage.cpp" line="85"/>
        <source>A key is kept in memory for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProvidersPage.cpp" line="87"/>
        <source>Using the key from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProvidersPage.cpp" line="89"/>
        <source>No key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProvidersPage.cpp" line="91"/>
        <source>The system keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProvidersPage.cpp" line="100"/>
        <source>Paste a key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProvidersPage.cpp" line="111"/>
        <source>Could not save the key: the system keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProvidersPage.cpp" line="124"/>
        <source>Could not remove the key: the system keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProvidersPage.cpp" line="205"/>
        <source>Waiting for the browser: sign in to %1 there and approve Switchyard (up to five minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProvidersPage.cpp" line="207"/>
        <source>Open the sign-in page again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/gui/chat/MarkdownDocument.cpp" line="340"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestBody</name>
    <message>
        <location filename="../src/core/session/RequestBody.cpp" line="36"/>
        <source>The conversation&apos;s earlier messages could not be read from %1, so nothing was sent; try again, or restart Switchyard if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/session/RequestBody.cpp" line="44"/>
        <source>A file attached earlier in this conversation could not be read whole from %1, so nothing was sent; remove that message or restart Switchyard and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <location filename="../src/core/chat/Routing.cpp" line="47"/>
        <source>The maximum %1 price must be a number of US dollars per million tokens, such as 1 or 0.5; &quot;%2&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Routing.cpp" line="51"/>
        <source>The maximum %1 price %2 has more digits than a request can carry exactly; round it to fewer digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Routing.cpp" line="61"/>
        <source>&quot;%1&quot; in %2 is not a provider slug; use OpenRouter&apos;s lowercase names, such as anthropic or google-ai-studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Routing.cpp" line="139"/>
        <source>the provider order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Routing.cpp" line="139"/>
        <source>the allowed providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Routing.cpp" line="140"/>
        <source>the ignored providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Routing.cpp" line="146"/>
        <source>%1 is both allowed and ignored; keep it in one of the two lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Routing.cpp" line="151"/>
        <source>&quot;%1&quot; is not a quantization OpenRouter knows; choose from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Routing.cpp" line="154"/>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Routing.cpp" line="158"/>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Routing.cpp" line="180"/>
        <source>The routing setting &quot;%1&quot; must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Routing.cpp" line="191"/>
        <location filename="../src/core/chat/Routing.cpp" line="198"/>
        <source>a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Routing.cpp" line="208"/>
        <source>price, throughput or latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Routing.cpp" line="214"/>
        <location filename="../src/core/chat/Routing.cpp" line="227"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Routing.cpp" line="221"/>
        <source>allow or deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/chat/Routing.cpp" line="231"/>
        <location filename="../src/core/chat/Routing.cpp" line="241"/>
        <source>an object with prompt and completion prices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingEditor</name>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="13"/>
        <source>Fallback models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="14"/>
        <source>Models OpenRouter tries in this order when the chat&apos;s model fails (an outage, a rate limit, a prompt too long for it). The request is billed at the model that answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="18"/>
        <source>Fallback models, in the order they are tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="27"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="28"/>
        <source>Choose a model to try after the ones listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="34"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="40"/>
        <source>↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="41"/>
        <source>Try this model earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="42"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="47"/>
        <source>↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="48"/>
        <source>Try this model later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="49"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="61"/>
        <source>Provider routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="62"/>
        <source>Which of the companies hosting the model OpenRouter may send this chat to, and which it prefers. Empty fields leave the choice to OpenRouter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="71"/>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="77"/>
        <source>anthropic, openai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="79"/>
        <source>Providers to try first, in this order, separated by commas: OpenRouter&apos;s lowercase names such as anthropic, deepinfra or google-ai-studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="84"/>
        <source>O&amp;nly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="90"/>
        <source>Any provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="92"/>
        <source>Use only these providers, separated by commas. Empty allows any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="97"/>
        <source>&amp;Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="103"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="105"/>
        <source>Never use these providers, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="110"/>
        <source>Pre&amp;fer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="116"/>
        <source>Send the request to the cheapest, fastest or quickest-to-answer provider first instead of spreading requests by price and uptime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="121"/>
        <source>Max &amp;input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="127"/>
        <location filename="../ui/RoutingEditor.ui" line="140"/>
        <source>$ per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="129"/>
        <source>The most to pay for input, in US dollars per million tokens, such as 1 or 0.5. Providers asking more are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="134"/>
        <source>Max ou&amp;tput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="142"/>
        <source>The most to pay for output, in US dollars per million tokens, such as 2. Providers asking more are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="149"/>
        <source>No backup providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="150"/>
        <source>Fail instead of trying providers outside the order above when those are down (allow_fallbacks off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="155"/>
        <source>No data collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="156"/>
        <source>Skip providers that store prompts or train on them (data_collection: deny).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="161"/>
        <source>Zero data retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="162"/>
        <source>Only endpoints that promise to retain nothing of the request (zdr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="167"/>
        <source>Quantizations (none: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RoutingEditor.ui" line="168"/>
        <source>Only providers that run the model at one of these precisions. Lower precision is cheaper and faster but can answer worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/RoutingEditor.cpp" line="16"/>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/RoutingEditor.cpp" line="17"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/RoutingEditor.cpp" line="18"/>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/RoutingEditor.cpp" line="19"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/RoutingEditor.cpp" line="189"/>
        <source>Add Fallback Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/RoutingEditor.cpp" line="189"/>
        <source>Model id, such as openai/gpt-4o-mini:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../src/gui/chat/SearchDialog.cpp" line="78"/>
        <source>Search Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/SearchDialog.cpp" line="81"/>
        <source>Search titles and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/SearchDialog.cpp" line="89"/>
        <source>Enter opens the chat at that message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/SearchDialog.cpp" line="137"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/SearchDialog.cpp" line="137"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chat/SearchDialog.cpp" line="150"/>
        <location filename="../src/gui/chat/SearchDialog.cpp" line="151"/>
        <source>No chat has &quot;%1&quot;.</source>
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
        <location filename="../ui/SettingsDialog.ui" line="18"/>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="19"/>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="21"/>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="22"/>
        <source>New Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="42"/>
        <source>The system prompt and parameters every new blank chat starts with. A preset&apos;s own values, and each chat&apos;s settings, take their place. Empty fields leave the choice to the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="62"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="67"/>
        <source>Give up when nothing arrives &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="76"/>
        <source>A request that receives no bytes for this long, while connecting or between two pieces of the answer, is ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="23"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="73"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="20"/>
        <source>Budgets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message numerus="yes">
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="74"/>
        <source>Median over the newest %n request(s) of this range.</source>
        <translation>
            <numerusform>Median over the newest %n request of this range.</numerusform>
            <numerusform>Median over the newest %n requests of this range.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="76"/>
        <source>Exactly $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="78"/>
        <source>%n request(s) with no known price are not in this sum.</source>
        <translation>
            <numerusform>%n request with no known price is not in this sum.</numerusform>
            <numerusform>%n requests with no known price are not in this sum.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="84"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="90"/>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="92"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="96"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="112"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="113"/>
        <source>Tokens in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="114"/>
        <source>Tokens out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="115"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="116"/>
        <source>Avg / request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="117"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="118"/>
        <source>First token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageModels.cpp" line="119"/>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageView</name>
    <message>
        <location filename="../ui/UsageView.ui" line="8"/>
        <source>&amp;Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsageView.ui" line="10"/>
        <source>First day of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsageView.ui" line="11"/>
        <source>Last day of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsageView.ui" line="12"/>
        <source>&amp;Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsageView.ui" line="14"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsageView.ui" line="17"/>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="295"/>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="301"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsageView.ui" line="18"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsageView.ui" line="32"/>
        <source>&lt;h3&gt;No requests in this range&lt;/h3&gt;&lt;p&gt;Every chat in the window and every &lt;tt&gt;switchyard ask&lt;/tt&gt; adds one row to your local ledger, with its tokens and cost. Send a message, then come back here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsageView.ui" line="46"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsageView.ui" line="52"/>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="172"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsageView.ui" line="58"/>
        <source>Show All Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="77"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="77"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="95"/>
        <source>models %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="102"/>
        <source>provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="106"/>
        <source>Routing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="129"/>
        <source>Show every request, not only this compare run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="139"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="139"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="140"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="140"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="141"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="141"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="142"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="142"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="146"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="153"/>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="153"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="153"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="154"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="154"/>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="155"/>
        <source>Cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="167"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="168"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="169"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="170"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="171"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="191"/>
        <source>Requests as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="192"/>
        <source>Requests as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="194"/>
        <source>Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="195"/>
        <source>Table as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="240"/>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="537"/>
        <source>Compare run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="255"/>
        <source>Show This Compare Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="257"/>
        <source>Show Every Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="284"/>
        <source>Could not write %1 (%2); choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="296"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="296"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="325"/>
        <source>The usage could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="338"/>
        <source>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt; spent · %2 requests · %3 tokens in · %4 tokens out · %5 per request · %6% failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="342"/>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="527"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/dashboard/UsageView.cpp" line="346"/>
        <source>%n request(s) have no known price and are not in the spend: their cost is unknown, not zero.</source>
        <translation>
            <numerusform>%n request has no known price and is not in the spend: its cost is unknown, not zero.</numerusform>
            <numerusform>%n requests have no known price and are not in the spend: their cost is unknown, not zero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="360"/>
        <source>outside a chat (command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="361"/>
        <source>deleted chat #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="397"/>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="399"/>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="410"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="404"/>
        <source>per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="404"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="404"/>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="404"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="457"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="468"/>
        <source>Spend by provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="468"/>
        <source>Spend by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="504"/>
        <source>Requests to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="519"/>
        <source>&lt;b&gt;#%1&lt;/b&gt; %2 · %3 asked &lt;b&gt;%4&lt;/b&gt;, served by &lt;b&gt;%5&lt;/b&gt; via %6 · generation %7&lt;br&gt;tokens: %8 in (%9 cached, %10 cache writes), %11 out (%12 reasoning) · cost %13 (%14) · first token %15 ms · %16 ms · %17%18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/UsageView.cpp" line="532"/>
        <source>Open the conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
