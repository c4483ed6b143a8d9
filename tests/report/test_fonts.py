"""PDFs carry the Japanese font inside them."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app.report.fonts import GOTHIC, MINCHO, register_japanese_fonts


def test_japanese_text_is_embedded_and_extractable(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    gothic, mincho = register_japanese_fonts()
    assert (gothic, mincho) == (GOTHIC, MINCHO)
    assert register_japanese_fonts() == (GOTHIC, MINCHO)  # idempotent
    out = tmp_path / "sample.pdf"
    c = Canvas(str(out), pagesize=A4)
    c.setFont(gothic, 14)
    c.drawString(72, 760, "相談受付 令和4年度 ▲18,000円")
    c.setFont(mincho, 12)
    c.drawString(72, 730, "家計改善支援計画書")
    c.save()

    page = PdfReader(out).pages[0]
    text = page.extract_text()
    assert "相談受付 令和4年度 ▲18,000円" in text
    assert "家計改善支援計画書" in text
    descriptors = []
    for ref in page["/Resources"]["/Font"].values():
        font = ref.get_object()
        if "/DescendantFonts" in font:
            font = font["/DescendantFonts"][0].get_object()
        if "/FontDescriptor" in font:
            descriptors.append(font["/FontDescriptor"].get_object())
    names = {str(d["/FontName"]) for d in descriptors}
    assert any(GOTHIC in n for n in names) and any(MINCHO in n for n in names), names
    assert all("/FontFile2" in d for d in descriptors if "IPAex" in str(d["/FontName"])), (
        "TrueType outlines must be embedded"
    )
