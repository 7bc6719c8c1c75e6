#include <QWidget>

void usesWidgets();
