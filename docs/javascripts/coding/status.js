// Each coding exercise's status where the page names it ([data-coding-status="slug"]): on the coding
// round's index, one per exercise, and on an exercise's page, under its title. The status is the
// reader's study progress (window.studyStore.coding, storage.js): solved, attempted, or not tried.
(() => {
  if (window.codingStatus) return; // instant navigation runs it again on each visit
  const text = (record) => {
    if (!record) return "not tried";
    const times = record.attempts === 1 ? "1 submission" : `${record.attempts} submissions`;
    return record.status === "solved" ? `solved (${times})` : `attempted (${times})`;
  };
  const show = () => {
    const coding = window.studyStore && window.studyStore.coding;
    if (!coding) return; // progress of coding exercises is not kept in this version of storage.js
    for (const element of document.querySelectorAll("[data-coding-status]")) {
      const record = coding.get(element.dataset.codingStatus);
      element.textContent = text(record);
      element.dataset.status = record ? record.status : "new";
    }
  };
  window.codingStatus = { show };
  if (window.studyStore && window.studyStore.onChange) window.studyStore.onChange(show);
  window.studyOnEveryPage(show);
})();
