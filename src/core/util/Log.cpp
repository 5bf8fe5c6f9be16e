#include "Log.h"

Q_LOGGING_CATEGORY(lcNet, "switchyard.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChat, "switchyard.chat", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "switchyard.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeys, "switchyard.keys", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "switchyard.gui", QtInfoMsg)
