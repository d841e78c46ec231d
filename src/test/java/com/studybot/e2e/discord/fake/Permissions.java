package com.studybot.e2e.discord.fake;

/** Permission bits the fake guild uses (Discord's values; JDA's {@code Permission.getRawValue()} agrees). */
public final class Permissions {
    public static final long ADD_REACTIONS = 1L << 6;
    public static final long MANAGE_SERVER = 1L << 5;
    public static final long VIEW_CHANNEL = 1L << 10;
    public static final long SEND_MESSAGES = 1L << 11;
    public static final long MANAGE_MESSAGES = 1L << 13;
    public static final long EMBED_LINKS = 1L << 14;
    public static final long ATTACH_FILES = 1L << 15;
    public static final long READ_MESSAGE_HISTORY = 1L << 16;
    public static final long USE_EXTERNAL_EMOJIS = 1L << 18;
    public static final long USE_APPLICATION_COMMANDS = 1L << 31;
    public static final long MANAGE_THREADS = 1L << 34;
    public static final long CREATE_PUBLIC_THREADS = 1L << 35;
    public static final long SEND_MESSAGES_IN_THREADS = 1L << 38;

    /** What {@code @everyone} may do in the fake guild: read, write, react, attach, use commands and threads. */
    public static final long ORDINARY = VIEW_CHANNEL
            | SEND_MESSAGES
            | EMBED_LINKS
            | ATTACH_FILES
            | READ_MESSAGE_HISTORY
            | ADD_REACTIONS
            | USE_EXTERNAL_EMOJIS
            | USE_APPLICATION_COMMANDS
            | CREATE_PUBLIC_THREADS
            | SEND_MESSAGES_IN_THREADS;

    /** The bot's role adds managing messages and threads to the ordinary permissions. */
    public static final long BOT = ORDINARY | MANAGE_MESSAGES | MANAGE_THREADS;

    private Permissions() {}
}
