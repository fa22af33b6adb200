# ruff: noqa: PT011
import pytest
from solution import leaky_features

LABELS = [0, 0, 0, 1, 1, 1]
LABEL_TIMES = [10] * 6


def test_a_feature_that_predicts_backwards_leaks_too():
    got = leaky_features({"days_to_close": [90, 80, 70, 3, 1, 2]}, LABELS, LABEL_TIMES, {})
    assert got == {"days_to_close": "too predictive"}, f"an AUC of 0.0 separates perfectly: got {got}"


def test_a_constant_feature_is_not_predictive():
    got = leaky_features({"country": [1, 1, 1, 1, 1, 1]}, LABELS, LABEL_TIMES, {})
    assert got == {}, f"a constant column has an AUC of 0.5: got {got}"


def test_recorded_at_the_label_time_is_allowed():
    times = {"balance": [10, 9, 10, 10, 8, 10]}
    got = leaky_features({"balance": [5, 3, 4, 4, 6, 2]}, LABELS, LABEL_TIMES, times)
    assert got == {}, f"feature_time == label_time is not a leak: got {got}"


def test_one_late_row_is_enough():
    times = {"balance": [10, 9, 10, 11, 8, 10]}
    got = leaky_features({"balance": [5, 3, 4, 4, 6, 2]}, LABELS, LABEL_TIMES, times)
    assert got == {"balance": "recorded after label"}, f"one row recorded after its label: got {got}"


def test_a_late_and_predictive_feature_is_reported_as_late():
    times = {"status": [11] * 6}
    got = leaky_features({"status": [0, 0, 0, 1, 1, 1]}, LABELS, LABEL_TIMES, times)
    assert got == {"status": "recorded after label"}, f"got {got}"


def test_threshold_is_inclusive():
    features = {"f": [1, 3, 2, 4]}
    got = leaky_features(features, [0, 0, 1, 1], [5] * 4, {}, max_auc=0.75)
    assert got == {"f": "too predictive"}, f"an AUC of exactly 0.75 at max_auc=0.75 is flagged: got {got}"
    got = leaky_features(features, [0, 0, 1, 1], [5] * 4, {}, max_auc=0.76)
    assert got == {}, f"an AUC of 0.75 at max_auc=0.76 is not flagged: got {got}"


def test_ties_count_one_half():
    # Positives [2, 2, 3] against negatives [1, 2, 2]: 7 of 9 pairs with ties as halves, AUC 0.7778.
    got = leaky_features({"grade": [1, 2, 2, 2, 2, 3]}, LABELS, LABEL_TIMES, {}, max_auc=0.77)
    assert got == {"grade": "too predictive"}, f"AUC 0.7778 at max_auc=0.77 is flagged: got {got}"
    got = leaky_features({"grade": [1, 2, 2, 2, 2, 3]}, LABELS, LABEL_TIMES, {}, max_auc=0.78)
    assert got == {}, f"AUC 0.7778 at max_auc=0.78 is not flagged: got {got}"


def test_names_are_sorted_and_only_leaks_are_returned():
    features = {"zeta": [0, 0, 0, 1, 1, 1], "alpha": [9, 9, 9, 0, 0, 0], "mid": [3, 1, 2, 2, 3, 1]}
    got = leaky_features(features, LABELS, LABEL_TIMES, {})
    assert list(got) == ["alpha", "zeta"], f"expected ['alpha', 'zeta'] in that order, got {list(got)}"
    assert leaky_features({}, LABELS, LABEL_TIMES, {}) == {}, "no features must give {}"


def test_many_rows():
    labels = [1 if i % 10 < 3 else 0 for i in range(2000)]
    features = {
        "noisy": [(i * 37) % 101 for i in range(2000)],  # AUC 0.502
        "leak": [y * 100 + i % 7 for i, y in enumerate(labels)],  # AUC 1.0
    }
    got = leaky_features(features, labels, list(range(2000)), {"noisy": list(range(2000))})
    assert got == {"leak": "too predictive"}, f"got {got}"


def test_columns_of_the_wrong_length():
    with pytest.raises(ValueError):
        leaky_features({"f": [1, 2, 3]}, LABELS, LABEL_TIMES, {})
    with pytest.raises(ValueError):
        leaky_features({"f": [1, 2, 3, 4, 5, 6]}, LABELS, [10] * 5, {})
    with pytest.raises(ValueError):
        leaky_features({"f": [1, 2, 3, 4, 5, 6]}, LABELS, LABEL_TIMES, {"f": [1, 2]})


def test_invalid_labels_or_threshold():
    with pytest.raises(ValueError):
        leaky_features({"f": [1, 2, 3]}, [1, 1, 1], [0] * 3, {})
    with pytest.raises(ValueError):
        leaky_features({"f": [1, 2, 3]}, [0, 2, 1], [0] * 3, {})
    with pytest.raises(ValueError):
        leaky_features({"f": [1, 2, 3]}, [0, 1, 1], [0] * 3, {}, max_auc=0.5)
