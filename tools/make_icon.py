"""Draw Yorisoi's icon (resources/icons/yorisoi.png and .ico) from the bundled font.

    python tools/make_icon.py

A warm rounded square with 寄 in white: readable at 16 px in a taskbar, distinct at 256 px.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZE = 256


def draw() -> Image.Image:
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=48, fill=(222, 112, 62, 255))
    d.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=48, outline=(176, 78, 38, 255), width=6)
    font = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "ipaexg.ttf"), 176)
    box = d.textbbox((0, 0), "寄", font=font)
    x = (SIZE - (box[2] - box[0])) / 2 - box[0]
    y = (SIZE - (box[3] - box[1])) / 2 - box[1]
    d.text((x, y), "寄", font=font, fill=(255, 255, 255, 255))
    return img


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    img = draw()
    img.save(ICONS / "yorisoi.png")
    img.save(ICONS / "yorisoi.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
