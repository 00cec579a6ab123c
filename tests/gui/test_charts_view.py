from __future__ import annotations

from PySide6.QtCore import Qt


def test_capture_radar_follows_each_key_press(qtbot, window, demo_file):
    assert window.open_path(demo_file)
    capture = window.capture
    capture.refresh_radar()
    line = capture.radar.artists.lines[0]
    before = list(line.get_ydata())
    capture.show_question("1.1")
    capture.table.setFocus()
    for row in range(capture.table_model.rowCount()):
        capture.table.select_row(row)
        qtbot.keyClick(capture.table, Qt.Key.Key_5)
    assert capture.radar.artists.lines[0] is line  # updated in place, not rebuilt
    assert line.get_ydata()[0] > before[0]


def test_charts_tab_overlays_departments_and_exports(
    qtbot, window, demo_file, tmp_path
):
    assert window.open_path(demo_file)
    window.show_view("charts")
    charts = window.charts
    qtbot.waitUntil(lambda: charts.radar.artists is not None)
    assert len(charts.radar.artists.lines) == 2
    box = charts.department_boxes["it"]
    box.setChecked(True)
    assert len(charts.radar.artists.lines) == 3
    legend = [t.get_text() for t in charts.radar.figure.legends[0].get_texts()]
    assert "IT" in legend
    for name in ("radar.png", "radar.svg"):
        charts.export_to(charts.radar, str(tmp_path / name))
    assert (tmp_path / "radar.png").read_bytes().startswith(b"\x89PNG")
    svg = (tmp_path / "radar.svg").read_text(encoding="utf-8")
    assert "<svg" in svg


def test_charts_refresh_after_an_answer_changes(qtbot, window, demo_file):
    assert window.open_path(demo_file)
    window.show_view("charts")
    charts = window.charts
    qtbot.waitUntil(lambda: charts.radar.artists is not None)
    texts_before = [t.get_text() for t in charts.heatmap.figure.axes[0].texts]
    window.tabs.setCurrentWidget(window.capture)
    capture = window.capture
    capture.show_question("1.4")
    capture.table.setFocus()
    for row in range(capture.table_model.rowCount()):
        capture.table.select_row(row)
        qtbot.keyClick(capture.table, Qt.Key.Key_4)
    # the consensus on 1.4 still wins over the answers: clear it
    qtbot.mouseClick(capture.consensus.clear_button, Qt.MouseButton.LeftButton)
    window.show_view("charts")
    texts_after = [t.get_text() for t in charts.heatmap.figure.axes[0].texts]
    assert texts_after != texts_before
    assert "4.0" in texts_after


def test_other_rounds_can_be_overlaid(qtbot, window, demo_file):
    from crm_workshop.domain.assessment import Answer, Rating, RoundKind
    from crm_workshop.services.workshop import WorkshopSession

    with WorkshopSession.open(demo_file) as session:
        baseline = session.round_named("Baseline")
        follow_up = session.add_round("Q1 2027", RoundKind.REASSESSMENT, "2027-01-15")
        people = session.stakeholders()
        session.set_ratings(
            follow_up,
            [
                Rating(p.id, q.id, Answer.LEVEL, 3, 4)
                for p in people
                for q in session.model.questions()
            ],
        )
        assert baseline.id != follow_up
    assert window.open_path(demo_file)
    window.show_view("charts")
    charts = window.charts
    assert window.document.round.name == "Q1 2027"  # the latest round is captured
    box = next(iter(charts.round_boxes.values()))
    assert "Baseline" in box.text()
    box.setChecked(True)
    labels = [line.get_label() for line in charts.radar.artists.lines]
    assert labels[-1] == "Baseline"
    assert list(charts.radar.artists.lines[0].get_ydata())[:5] == [3.0] * 5
