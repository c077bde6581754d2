#include "ui/widgets/lesson_library.h"

#include "ui/localized_text.h"
#include "ui/models/lesson_model.h"
#include "ui/widgets/wrapping_rows.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

LessonLibrary::LessonLibrary(QWidget *parent, const QString &directory, const QString &language)
    : QWidget(parent),
      m_model(new LessonModel(this, directory.isEmpty() ? QString::fromLatin1(LessonModel::kLessonsDirectory) : directory,
                              language)),
      m_filter(new LessonFilterModel(this)), m_followsUiLanguage(language.isEmpty())
{
    m_filter->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"lessonSearch"_s);
    m_search->setClearButtonEnabled(true);

    m_tagFilter = new QComboBox(this);
    m_tagFilter->setObjectName(u"lessonTagFilter"_s);
    m_tagFilter->addItem(QString(), QString());   // all topics
    for (const QString &tag : m_model->tags())
        m_tagFilter->addItem(QString(), tag);
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tagFilter->setMinimumContentsLength(12);

    m_view = new QTreeView(this);
    m_view->setObjectName(u"lessonList"_s);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setHeaderHidden(true);
    wrapRows(m_view, 4);   // long titles wrap, a little air between lessons
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(LessonModel::NumberColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(LessonModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(LessonModel::FirefoxColumn, QHeaderView::ResizeToContents);

    m_count = new QLabel(this);
    m_count->setObjectName(u"lessonCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_count->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_count->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_tagFilter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTag(m_tagFilter->currentData().toString());
        updateCount();
    });
    // One click opens a lesson (a library, not a file list); Enter too. A second activation of
    // the lesson already open and unchanged is a no-op in the main window.
    connect(m_view, &QAbstractItemView::clicked, this, &LessonLibrary::activate);
    connect(m_view, &QAbstractItemView::activated, this, &LessonLibrary::activate);
    // Down in the search box moves into the list.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() == 1)
            activate(m_filter->index(0, LessonModel::TitleColumn));
    });

    retranslate();
}

void LessonLibrary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_followsUiLanguage)
            m_model->setLanguage(uiLanguage());
        retranslate();
        relayoutWrappedRows(m_view);
    }
    QWidget::changeEvent(event);
}

void LessonLibrary::retranslate()
{
    m_search->setPlaceholderText(tr("Search lessons"));
    m_search->setToolTip(tr("Shows the lessons whose number, title, notes or topics contain every word"));
    m_tagFilter->setToolTip(tr("Shows only the lessons on one topic"));
    for (int item = 0; item < m_tagFilter->count(); ++item) {
        const QString tag = m_tagFilter->itemData(item).toString();
        m_tagFilter->setItemText(item, tag.isEmpty() ? tr("All topics (%1)").arg(m_model->rowCount())
                                                     : tr("%1 (%2)").arg(LessonModel::tagLabel(tag)).arg(m_model->lessonCount(tag)));
    }
    m_view->setAccessibleName(tr("Lessons"));
    updateCount();
}

void LessonLibrary::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString path = index.data(LessonModel::PathRole).toString();
    if (!path.isEmpty())
        emit lessonActivated(path);
}

bool LessonLibrary::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_PageDown) && m_filter->rowCount() > 0) {
            m_view->setFocus(Qt::OtherFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_filter->index(0, LessonModel::TitleColumn));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LessonLibrary::setCurrentLesson(const QString &resourcePath)
{
    m_model->setCurrentPath(resourcePath);
    const int row = m_model->rowOfPath(resourcePath);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, LessonModel::TitleColumn));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

QString LessonLibrary::currentLesson() const
{
    return m_model->currentPath();
}

void LessonLibrary::setTag(const QString &tag)
{
    const int item = m_tagFilter->findData(tag);
    m_tagFilter->setCurrentIndex(item < 0 ? 0 : item);
}

int LessonLibrary::visibleLessonCount() const
{
    return m_filter->rowCount();
}

void LessonLibrary::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    // The total is always well above one, so the English source needs no plural forms.
    m_count->setText(shown == total ? tr("%n lessons", nullptr, total) : tr("%1 of %n lessons", nullptr, total).arg(shown));
    // Keep the open lesson in view when the filter lets it through.
    const int row = m_model->rowOfPath(m_model->currentPath());
    if (row >= 0) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, LessonModel::TitleColumn));
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
        }
    }
}

} // namespace corslab
