package org.ordercycle.model.rules.entry;

/** The one place where a shared-entry setting becomes an entry rule. */
public final class EntryRules {
    public static final String REKEY = "rekey";
    public static final String SHARED = "shared";

    private EntryRules() {
    }

    /** The rule of a setting: rekey or shared. */
    public static EntryRule of(String setting, EntryParams p) {
        return switch (setting) {
            case REKEY -> new RekeyedThroughInbox(p);
            case SHARED -> new SharedRecord(p);
            default -> throw new IllegalArgumentException("unknown shared-entry setting '" + setting
                    + "'; allowed: " + REKEY + ", " + SHARED);
        };
    }
}
