#pragma once
// The lessons sidebar (the main window's "Lessons" dock): a search box, a topic (tag) filter and
// the lessons in teaching order, number and title in the UI language, the open lesson highlighted.
// Clicking a lesson (or Enter on it) emits lessonActivated(); the main window opens it through its
// usual path, so the unsaved-changes prompt applies.
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace corslab {

class LessonFilterModel;
class LessonModel;

class LessonLibrary : public QWidget {
    Q_OBJECT
public:
    // `directory` and `language`: as LessonModel (the compiled-in lessons, the UI language).
    explicit LessonLibrary(QWidget *parent = nullptr, const QString &directory = {}, const QString &language = {});

    LessonModel *model() const { return m_model; }
    LessonFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QComboBox *tagFilter() const { return m_tagFilter; }
    QLineEdit *searchEdit() const { return m_search; }

    // The lesson open in the main window (highlighted and scrolled to); empty: none.
    void setCurrentLesson(const QString &resourcePath);
    QString currentLesson() const;
    // Shows only the lessons with `tag` (empty: all).
    void setTag(const QString &tag);
    // The number of lessons the filters let through.
    int visibleLessonCount() const;

signals:
    // A lesson was clicked or chosen with Enter: ":/lessons/NN-….cors.json".
    void lessonActivated(const QString &resourcePath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void activate(const QModelIndex &index);
    void updateCount();

    LessonModel *m_model = nullptr;
    LessonFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_count = nullptr;
    bool m_followsUiLanguage = false;   // no language given: titles follow the UI language
};

} // namespace corslab
