package org.dealgraph;

public final class Dealgraph {
    public static void main(String[] args) {
        System.out.println("dealgraph");
    }
}
