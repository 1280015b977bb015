package org.sourcebook.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The real site built once and Debian's chromium started once for a class of browser tests, closed after it. */
abstract class RealSiteInChromium {
    static Chromium chromium;
    static BuiltSite site;

    @BeforeAll
    static void start() {
        site = BuiltSite.real();
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        chromium.close();
    }
}
