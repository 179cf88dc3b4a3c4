package main

import