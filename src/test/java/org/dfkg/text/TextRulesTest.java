package org.dfkg.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The text rules every reader shares: titles, document numbers, dates. */
class TextRulesTest {
    @Test
    void aTitleRunsFromItsOpeningToItsClosingBracketAndAnUnclosedOneToTheEnd() {
        String text = "贯彻《福建省“十四五”数字福建专项规划》，建成5G基站；参照《福州市数字政府建设方案";
        List<int[]> spans = Titles.spans(text);
        assertEquals(2, spans.size());
        assertArrayEquals(new int[] {2, text.indexOf('》') + 1}, spans.get(0));
        assertArrayEquals(new int[] {text.lastIndexOf('《'), text.length()}, spans.get(1));
        assertTrue(Titles.covers(text, text.indexOf("十四五")));
        assertFalse(Titles.covers(text, text.indexOf("5G")), "a number after the title is not in it");
        assertTrue(Titles.covers(text, text.indexOf("福州市")), "a title a copied text left open runs to the end");
    }

    @Test
    void aTitleOpenedTwiceEndsWhereTheNextBegins() {
        String text = "《规划《方案》";
        assertEquals(List.of("0-3", "3-7"), Titles.spans(text).stream().map(s -> s[0] + "-" + s[1]).toList());
    }

    @Test
    void aTitleHasOneFormAndOneKeyWhateverQuotationMarksItUses() {
        assertEquals("福建省“十二五”数字福建专项规划", Titles.form("福建省\"十二五\"数字福建专项规划"));
        assertEquals("福建省“十二五”数字福建专项规划", Titles.form("福建省「十二五」数字福建专项规划"));
        assertEquals(Titles.key("福建省“十二五”数字福建专项规划"), Titles.key("福建省\"十二五\" 数字福建·专项规划"));
    }

    @Test
    void aDocumentNumberIsOneRecordWhateverBracketsTheTextUses() {
        DocumentNumber expected = new DocumentNumber("闽政办", 2017, 34);
        for (String written : List.of("闽政办〔2017〕34号", "闽政办[2017]34号", "闽政办（2017）34号", "闽政办【2017】34号", "闽政办 ［2017］ 34 号", "闽政办〔2017〕034号")) {
            assertEquals(expected, DocumentNumber.find("（" + written + "）"), written);
            assertEquals("闽政办〔2017〕34号", DocumentNumber.canonical(written), written);
        }
        assertNull(DocumentNumber.find("2017年第34号"));
    }

    @Test
    void datesAreReadInArabicAndChineseNumeralsAndImpossibleOnesAreNone() {
        Pattern date = Pattern.compile(ChineseDates.DATE);
        var m = date.matcher("二〇一七年三月五日");
        assertTrue(m.find());
        assertEquals(LocalDate.of(2017, 3, 5), ChineseDates.date(m.group(1), m.group(2), m.group(3)));
        assertEquals(LocalDate.of(2021, 12, 31), ChineseDates.date("2021", "12", "31"));
        assertEquals(LocalDate.of(2021, 12, 20), ChineseDates.date("二〇二一", "十二", "二十"));
        assertNull(ChineseDates.date("2021", "2", "30"));
        assertNull(ChineseDates.date("2021", "十三", "1"));
    }
}
