#include "Log.h"

Q_LOGGING_CATEGORY(lcNet, "switchyard.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChat, "switchyard.chat", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStorage, "switchyard.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeys, "switchyard.keys", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGui, "switchyard.gui", QtWarningMsg)
