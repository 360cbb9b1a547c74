#!/usr/bin/env python3
"""Writes the import fixtures with a real spreadsheet writer (openpyxl), as a district's
statistics office lays out its report: a merged title, stacked and merged period headers,
figures typed as numbers and as Vietnamese text, and the mistakes real sheets carry.

  python3 make-sheets.py    # writes ea-kar-2024.xlsx and ea-kar-2024.csv beside this file
"""
import csv, os
from openpyxl import Workbook

here = os.path.dirname(os.path.abspath(__file__))
rows = [
    ["1", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tỷ đồng", 7012.5, "1.905,3", "3.812,6", "7.740,2", 8300],
    ["2", "Lượt khách du lịch", "lượt người", "124.380", "30.112", "61.420,0", "x", None],
    ["3", "Sản lượng lương thực có hạt (tấn)", "tấn", 118885, "-", "", "121.402,5", None],
    ["4", "Dân số trung bình", "nghìn người", 157.2, None, None, "158,9", None],
    ["5", "Doanh thu xe ôm công nghệ", "tỷ đồng", "12,5", "3,1", None, None, None],
    ["6", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "khoảng 300", "71,4", "152,9", "310", 320],
    ["a)", "Chi ngân sách địa phương", "tỷ đồng", "1.118,6", "260,2", "540", "1.206,7", None],
]

wb = Workbook()
ws = wb.active
ws.title = "Ea Kar"
ws.append(["BÁO CÁO MỘT SỐ CHỈ TIÊU KINH TẾ – XÃ HỘI"])
ws.merge_cells("A1:H1")
ws.append(["Huyện Ea Kar – số liệu ước tính, gửi Cục Thống kê tỉnh"])
ws.merge_cells("A2:H2")
ws.append(["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2023", "Năm 2024", None, None, "Kế hoạch năm 2025"])
ws.append([None, None, None, None, "Quý I", "6 tháng đầu năm", "Ước cả năm", None])
for merged in ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4"]:
    ws.merge_cells(merged)
for row in rows:
    ws.append(row)
wb.save(os.path.join(here, "ea-kar-2024.xlsx"))

# The same sheet as Vietnamese Excel exports CSV: semicolons, every cell as text.
with open(os.path.join(here, "ea-kar-2024.csv"), "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2023", "Năm 2024 Quý I", "Năm 2024 6 tháng đầu năm", "Năm 2024 Ước cả năm", "Kế hoạch năm 2025"])
    for row in rows:
        w.writerow(["" if v is None else (str(v).replace(".", ",") if isinstance(v, float) else v) for v in row])
