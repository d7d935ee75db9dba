package org.dfkg.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules by which a task's text becomes key phrases (docs/linking.md). */
class KeyPhrasesTest {
    private final KeyPhrases phrases = new KeyPhrases(Map.of("北斗卫星系统", "北斗卫星导航系统"), Set.of("北斗卫星系统"), org.dfkg.Lexicons.linking());

    @Test
    void aSpanTakenForAnOrganisationWithoutAnAgencysEndingIsReadAgain() {
        // HanLP reads 建设区域数字图书馆服务平台 as one organisation; it is none.
        assertTrue(phrases.phrases("建设区域数字图书馆服务平台；").contains("数字图书馆"));
        assertTrue(phrases.phrases("建立面向政府部门之间使用的证照信息共享系统。").contains("证照信息"));
    }

    @Test
    void anAgencyStaysOutOfPhrases() {
        Set<String> out = phrases.phrases("（省农业厅负责）");
        assertFalse(out.stream().anyMatch(p -> p.contains("农业厅")), out.toString());
    }

    @Test
    void distinguishingWordsAndAdjectivesArePartsOfNames() {
        assertTrue(phrases.phrases("建设完善电子政务公共平台，拓展政务云平台应用。").contains("电子政务公共"));
        assertTrue(phrases.phrases("建设城市公交和出租汽车服务智能管理系统。").contains("城市公交"));
        assertTrue(phrases.phrases("健全居民健康信息系统。").contains("居民健康信息系统"));
    }

    @Test
    void aPlaceMayLeadANameButIsNoPhraseAlone() {
        Set<String> out = phrases.phrases("建设平潭智慧岛，着力探索两岸信息化合作新模式。");
        assertTrue(out.contains("平潭智慧岛"), out.toString());
        assertFalse(out.contains("平潭"), out.toString());
    }

    @Test
    void aSideClauseGivesNoPhrase() {
        Set<String> out = phrases.phrases("依托全省电子政务外网，建立省级数据中心平台。");
        assertFalse(out.stream().anyMatch(p -> p.contains("政务外网")), out.toString());
        assertTrue(out.contains("数据中心"), out.toString());
        assertTrue(phrases.phrases("推进电子政务外网应用。").contains("政务外网"));
    }

    @Test
    void aVariantFoldsIntoItsCanonicalPhrase() {
        assertTrue(phrases.phrases("推进利用北斗卫星系统和无线城市资源。").contains("北斗卫星导航系统"));
    }

    @Test
    void theContentWordsOfAPhraseAreReadWithIt() {
        KeyPhrases.Reading reading = phrases.read("建设城市公交和出租汽车服务智能管理系统。");
        assertTrue(reading.words().contains("公交") && reading.words().contains("城市"), reading.words().toString());
    }
}
