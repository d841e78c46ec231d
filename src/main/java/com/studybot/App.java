package com.studybot;

public final class App {
    public static void main(String[] args) {}
}
