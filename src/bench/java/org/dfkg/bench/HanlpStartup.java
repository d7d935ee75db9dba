package org.dfkg.bench;

import com.hankcs.hanlp.HanLP;

/**
 * The cold-build baseline: a JVM that starts and loads the HanLP dictionaries and models the build
 * uses (core dictionary, bigrams, place and organisation recognition), then exits.
 */
public final class HanlpStartup {
    private HanlpStartup() {}

    public static void main(String[] args) {
        var terms = HanLP.newSegment().enableOrganizationRecognize(true).enablePlaceRecognize(true).enableCustomDictionary(true)
                .seg("福建省数字福建建设领导小组办公室会同省发改委推进福州市电子政务建设。");
        if (terms.isEmpty()) System.exit(1);
    }
}
