#pragma once
// Tree views whose long texts wrap instead of being elided: a row is as tall as its longest cell at
// its column's width, a column sized to its contents takes at most a quarter of the view, and the
// rows are laid out again (once per event loop turn) whenever a column is resized or the texts
// change language.
class QTreeView;

namespace corslab {

// Sets `view` up so: word wrap, rows of their own heights, a delegate sizing cells at their column's
// width (with `extraHeight` pixels of air below each row), relayout on column resizes.
void wrapRows(QTreeView *view, int extraHeight = 0);
// Lays the rows of a view set up by wrapRows() out again, at the next event loop turn.
void relayoutWrappedRows(QTreeView *view);

} // namespace corslab
