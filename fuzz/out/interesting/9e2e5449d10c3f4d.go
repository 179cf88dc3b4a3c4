package main

import )))))))))))))))
}
