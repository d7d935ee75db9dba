package org.dfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResponsibilityClauseParserTest {
    private final ResponsibilityClauseParser parser =
            new ResponsibilityClauseParser(org.dfkg.Lexicons.reading().roleWords(), org.dfkg.Lexicons.extraction().nameEndings(), w -> Set.of("福州", "厦门", "泉州", "宁德", "福建").contains(w));

    private String parse(String sentence) {
        List<String> out = new java.util.ArrayList<>();
        for (var c : parser.findClauses(sentence)) {
            for (var i : c.items()) out.add(i.name() + "=" + i.roles().stream().map(Role::code).sorted().toList());
        }
        return String.join("; ", out);
    }

    @Test
    void everyClauseForm() {
        assertEquals("省数字办=[lead]; 有关部门=[support]", parse("完成国家试点任务。(省数字办牵头，有关部门配合)"));
        assertEquals("省人力资源和社会保障厅=[lead, responsible]", parse("拓展社保卡的应用。(省人力资源和社会保障厅牵头负责)"));
        assertEquals("市通信管理局=[responsible]; 市经信委=[responsible]; 各电信运营企业=[responsible]",
                parse("推进物联网技术的应用。[责任单位：市通信管理局、市经信委、各电信运营企业]"));
        assertEquals("省数字办=[responsible]; 省直有关部门=[responsible]; 福州市人民政府=[responsible]",
                parse("筹备工作。（责任单位：省数字办、省直有关部门，福州市人民政府）"));
        assertEquals("市数字办=[responsible]; 各县（市）区政府=[responsible]", parse("建设平台。［责任单位：市数字办、各县（市）区政府］"));
    }

    @Test
    void nestedBracketsStayInsideNames() {
        assertEquals("市审改办=[lead]; 市行政（市民）服务中心管委会=[lead]; 市直各有关部门=[support]",
                parse("[责任单位：市审改办、市行政（市民）服务中心管委会牵头，市直各有关部门配合]"));
    }

    @Test
    void sharedPrefixAndSuffix() {
        assertEquals("省效能办=[lead]; 省审改办=[lead]; 省数字办=[lead]; 省经济信息中心=[support]; 有关部门=[support]",
                parse("(省效能办、审改办、数字办牵头，省经济信息中心等有关部门配合)"));
        assertEquals("福建电信公司=[responsible]; 福建移动公司=[responsible]; 福建联通公司=[responsible]",
                parse("(福建电信、福建移动、福建联通公司负责)"));
        assertEquals("省外经贸厅=[responsible]; 福州市政府=[responsible]; 厦门市政府=[responsible]; 泉州市政府=[responsible]",
                parse("（省外经贸厅、福州、厦门、泉州市政府负责）"));
        assertEquals("宁德市=[responsible]; 省移动公司=[responsible]", parse("(宁德市、省移动公司负责)"));
    }

    @Test
    void ordinaryParenthesesAreNotClauses() {
        assertEquals("", parse("开展金盾工程(二期)、省消防信息化工程(三期)建设"));
        assertEquals("", parse("开展卫星应用（含北斗"));
    }

    @Test
    void unbracketedClauseClosingASentence() {
        assertEquals("省卫生厅=[lead, responsible]", parse("推进医疗信息共享，由省卫生厅牵头负责。"));
        assertEquals("省数字办=[lead]; 有关部门=[support]", parse("开展电子政务顶层设计，省数字办牵头，有关部门配合。"));
        assertEquals("福州=[responsible]; 厦门=[responsible]", parse("建设无线城市试点，福州、厦门负责。"));
    }

    @Test
    void aResponsibilityVerbInProseIsNotAClause() {
        assertEquals("", parse("组建市民卡公司负责市民卡日常运营管理。"), "负责 followed by its object");
        assertEquals("", parse("各级领导要亲自负责。"), "a person, not an organisation");
        assertEquals("", parse("确保各项任务落实到位，抓好督促检查和负责。"));
        assertEquals("", parse("（本规划由省数字办负责解释）"), "负责 not at the end of the group");
    }
}
